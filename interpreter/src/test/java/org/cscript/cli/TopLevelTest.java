package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cscript.host.InvalidOptionsException;
import org.cscript.host.RunOptions;
import org.cscript.kernel.ConfigException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The top-level handler, driven by a command that throws: a bug gives exit 70 and the stack
 * trace, a user's mistake one line and never a stack trace.
 */
class TopLevelTest {
    @Command(name = "throws")
    static final class Throwing implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final Function<CommandLine, Throwable> failure;

        Throwing(Function<CommandLine, Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable t = failure.apply(spec.commandLine());
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    private static CliRun thrown(Function<CommandLine, Throwable> failure) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Throwing(failure));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int exit = TopLevel.execute(cli);
        return new CliRun(exit, "", err.toString());
    }

    private static CliRun thrown(Throwable failure) {
        return thrown(cli -> failure);
    }

    private static void assertInternalError(CliRun run, String message) {
        assertEquals(ExitCode.INTERNAL_ERROR, run.exit(), run.err());
        assertTrue(run.err().startsWith("cscript: internal error (this is a bug in cscript): " + message + "\n"), run.err());
        assertTrue(run.err().contains("\tat org.cscript.cli.TopLevelTest"), "the stack trace:\n" + run.err());
    }

    private static void assertUserError(CliRun run, int exit, String message) {
        assertEquals(exit, run.exit(), run.err());
        assertEquals("cscript: error: " + message + "\n", run.err());
    }

    @Test
    void anUnexpectedRuntimeExceptionIsAnInternalErrorWithItsStackTrace() {
        assertInternalError(thrown(new IllegalStateException("boom")), "boom");
        assertInternalError(thrown(new IllegalArgumentException("not a user error")), "not a user error");
        assertInternalError(thrown(new NullPointerException()), "java.lang.NullPointerException");
    }

    @Test
    void anErrorPicocliLetsThroughIsAnInternalErrorToo() {
        assertInternalError(thrown(new StackOverflowError("deep")), "deep");
        assertInternalError(thrown(new AssertionError("broken invariant")), "broken invariant");
    }

    @Test
    void aBadOptionIsOneLineWithExit2() {
        InvalidOptionsException bad = assertThrows(InvalidOptionsException.class,
                () -> RunOptions.of(Map.of(), "nope", new PrintStream(OutputStream.nullOutputStream())));
        assertUserError(thrown(bad), ExitCode.INVALID, "unknown profile 'nope'; allowed: seed | upstream");
    }

    @Test
    void aScenarioMistakeThatEscapesIsStillTheUsersMistake() {
        CliRun run = thrown(new ConfigException("unknown config key 'x'"));
        assertUserError(run, ExitCode.SCENARIO_FAILED, "unknown config key 'x'");
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void usageErrorsStayPicocliUsageErrors() {
        CliRun run = thrown(cli -> new CommandLine.ParameterException(cli, "no such thing"));
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().startsWith("no such thing\n"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
