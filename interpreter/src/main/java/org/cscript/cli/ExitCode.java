package org.cscript.cli;

import org.cscript.host.ScenarioResult;

/** Process exit codes of the cscript command (documented in README.md). */
public final class ExitCode {
    public static final int OK = 0;
    /** A scenario failed: an assertion, an unexpected errno, a runtime error. */
    public static final int SCENARIO_FAILED = 1;
    /** Bad usage, an unreadable file, a syntax or static-check error. */
    public static final int INVALID = 2;
    /** A bug in cscript itself (EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }

    public static int of(ScenarioResult.Status status) {
        return status.exitCode();
    }

    /** The worst of two exit codes, so one failing file among many fails the run. */
    public static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case OK -> 0;
            case SCENARIO_FAILED -> 1;
            case INVALID -> 2;
            default -> 3;
        };
    }
}
