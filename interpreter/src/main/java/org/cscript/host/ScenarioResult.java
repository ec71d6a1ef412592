package org.cscript.host;

import java.util.List;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceJson;
import org.cscript.coverage.ProvenCheck;

/**
 * The outcome of a run or check.
 *
 * @param trace host trace lines emitted so far, also when the scenario failed
 * @param provenChecks the errno checks of kernel-model.md §3 the run's {@code expect} statements
 *        proved, in the order they ran (also when the scenario failed later)
 * @param origins where each trace line came from, "SCRIPT:LINE" of the main script's statement
 *        ("" when unknown); as long as {@code trace}, or empty when the run did not say
 */
public record ScenarioResult(Status status, List<String> trace, List<ProvenCheck> provenChecks, List<String> origins) {

    public ScenarioResult {
        trace = List.copyOf(trace);
        provenChecks = List.copyOf(provenChecks);
        origins = List.copyOf(origins);
    }

    /** An outcome that proved no check (a scenario not run, or a check without running it). */
    public ScenarioResult(Status status, List<String> trace) {
        this(status, trace, List.of(), List.of());
    }

    /** "SCRIPT:LINE" of the statement that produced trace line {@code index}, or "" if unknown. */
    public String originOf(int index) {
        return index < origins.size() ? origins.get(index) : "";
    }

    /** The trace as audit.log (and a golden .trace file) holds it: every line ends in '\n'. */
    public String traceText() {
        StringBuilder text = new StringBuilder();
        trace.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * The trace in JSON (docs/json.md): each line's object with its origin, each followed by
     * '\n'; the same bytes a streamed {@code cscript run --format json} of the run writes.
     */
    public String traceJson() {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < trace.size(); i++) {
            try {
                json.append(TraceJson.toJson(trace.get(i), originOf(i))).append('\n');
            } catch (MalformedRecordException e) {
                throw new IllegalStateException("the kernel wrote a malformed record (a bug): " + e.getMessage(), e);
            }
        }
        return json.toString();
    }

    /** How the run ended, with the exit code of the command that ran it (README.md). */
    public enum Status {
        /** Ran to the end, every assertion held: exit 0. */
        OK(0),
        /** Assertion, unexpected errno or runtime error: exit 1. */
        FAILED(1),
        /** Syntax or static-check error, unreadable file, bad --set/--profile: exit 2. */
        INVALID(2),
        /** A bug in cscript: exit 70 (EX_SOFTWARE). */
        INTERNAL_ERROR(70),
        /** Stopped after the runner's timeout (the golden engine's {@code --timeout}): exit 1. */
        TIMED_OUT(1);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
