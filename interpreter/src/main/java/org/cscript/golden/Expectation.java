package org.cscript.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a scenario's golden file says it must do: NAME.trace beside NAME.cscript holds the trace
 * of a scenario that passes, NAME.err the exit code and diagnostics of one that must fail.
 * Exactly one of them is expected; neither or both is a mistake the runner reports.
 */
public sealed interface Expectation {
    /** NAME.trace: the run succeeds and prints exactly this trace. */
    record Trace(Path file) implements Expectation {
    }

    /** NAME.err: the run fails with this exit code and these (normalised) diagnostics. */
    record Failure(Path file) implements Expectation {
    }

    /** No golden yet: {@code --update} creates one of the kind the run produced. */
    record Missing(Path trace, Path err) implements Expectation {
    }

    /** Both goldens: the scenario cannot both pass and fail. */
    record Both(Path trace, Path err) implements Expectation {
    }

    static Expectation of(Path script) {
        Path trace = traceOf(script);
        Path err = errOf(script);
        boolean hasTrace = Files.exists(trace);
        boolean hasErr = Files.exists(err);
        if (hasTrace && hasErr) {
            return new Both(trace, err);
        }
        if (hasTrace) {
            return new Trace(trace);
        }
        return hasErr ? new Failure(err) : new Missing(trace, err);
    }

    static Path traceOf(Path script) {
        return sibling(script, ".trace");
    }

    static Path errOf(Path script) {
        return sibling(script, ".err");
    }

    /** NAME.cscript for a golden NAME.trace or NAME.err. */
    static Path scriptOf(Path golden) {
        return sibling(golden, ".cscript");
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + extension);
    }
}
