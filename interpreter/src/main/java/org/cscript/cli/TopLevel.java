package org.cscript.cli;

import java.io.PrintWriter;
import org.cscript.host.Failures;
import org.cscript.host.ScenarioResult;
import picocli.CommandLine;

/**
 * The top of every cscript command. picocli reports usage errors itself; whatever else a
 * command throws ends here, through picocli's execution-exception handler or, for what picocli
 * lets through (an {@link Error}), around the whole run. A user's mistake is one
 * {@code cscript: error: MESSAGE} line; anything else is a bug in cscript and, only then, is
 * printed with its stack trace (exit 70).
 */
final class TopLevel {
    private TopLevel() {
    }

    /** Runs {@code cli} with this handling installed and returns the exit code. */
    static int execute(CommandLine cli, String... args) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return report(e, cli.getErr());
        }
    }

    /** Prints {@code failure} as a user error or an internal error and returns the exit code. */
    static int report(Throwable failure, PrintWriter err) {
        ScenarioResult.Status kind = Failures.classify(failure);
        if (kind == ScenarioResult.Status.INTERNAL_ERROR) {
            err.print("cscript: " + Failures.internalErrorReport(failure));
        } else {
            err.println("cscript: error: " + failure.getMessage());
        }
        err.flush();
        return ExitCode.of(kind);
    }
}
