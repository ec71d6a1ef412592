package org.cscript.cli;

import java.io.PrintWriter;
import org.cscript.host.InvalidOptionsException;
import picocli.CommandLine;

/**
 * The top of every cscript command: what picocli does not handle itself (usage errors) ends
 * here. A user's mistake is one {@code cscript: error: MESSAGE} line; anything else is a bug in
 * cscript and, only then, is printed with its stack trace (exit 70).
 */
final class TopLevel {
    private TopLevel() {
    }

    /** Runs {@code cli} with this handling installed and returns the exit code. */
    static int execute(CommandLine cli, String... args) {
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        return cli.execute(args);
    }

    /** Prints {@code failure} as a user error or an internal error and returns the exit code. */
    static int report(Throwable failure, PrintWriter err) {
        if (failure instanceof InvalidOptionsException) {
            err.println("cscript: error: " + failure.getMessage());
            err.flush();
            return ExitCode.INVALID;
        }
        err.println("cscript: internal error (this is a bug in cscript): " + failure);
        failure.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
