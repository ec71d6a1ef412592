package org.cscript.host;

import java.util.List;
import org.cscript.coverage.ProvenCheck;

/**
 * The outcome of a run or check.
 *
 * @param trace host trace lines emitted so far, also when the scenario failed
 * @param provenChecks the errno checks of kernel-model.md §3 the run's {@code expect} statements
 *        proved, in the order they ran (also when the scenario failed later)
 */
public record ScenarioResult(Status status, List<String> trace, List<ProvenCheck> provenChecks) {

    public ScenarioResult {
        provenChecks = List.copyOf(provenChecks);
    }

    /** An outcome that proved no check (a scenario not run, or a check without running it). */
    public ScenarioResult(Status status, List<String> trace) {
        this(status, trace, List.of());
    }

    /** The trace as audit.log (and a golden .trace file) holds it: every line ends in '\n'. */
    public String traceText() {
        StringBuilder text = new StringBuilder();
        trace.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** How the run ended; the CLI maps these to exit codes. */
    public enum Status {
        /** Ran to the end, every assertion held: exit 0. */
        OK,
        /** Assertion, unexpected errno or runtime error: exit 1. */
        FAILED,
        /** Syntax or static-check error, unreadable file, bad --set/--profile: exit 2. */
        INVALID,
        /** A bug in cscript: exit 70. */
        INTERNAL_ERROR
    }
}
