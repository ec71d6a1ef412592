package org.cscript.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cscript.repl.ReplTranscripts.Session;
import org.cscript.host.ScenarioResult;
import org.cscript.kernel.ConfigException;
import org.junit.jupiter.api.Test;

/** Drives the REPL through a JLine dumb terminal on byte streams, as a pipe would. */
class ReplTest {
    private static Session type(String input) throws IOException {
        return ReplTranscripts.type(input);
    }

    @Test
    void stateCarriesOverAndEachInputPrintsItsRecords() throws IOException {
        Session s = type("let t = fork()\nset_contid(t, 42)\nassert get_contid(t) == 42\n");
        assertEquals(ScenarioResult.Status.OK, s.exit(), s.err());
        assertTrue(s.out().contains("type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set opid=101 contid=42 "), s.out());
        assertEquals("", s.err());
    }

    @Test
    void multiLineBlockIsReadAsOneInput() throws IOException {
        Session s = type("let t = fork()\nauditctl(\"-a always,exit -S execve\")\nas t {\n  exec(\"/bin/sh\")\n}\n");
        assertEquals(ScenarioResult.Status.OK, s.exit(), s.err());
        assertEquals("", s.err(), "the block ran as one input (a dumb terminal shows no continuation prompt)");
        assertTrue(s.out().contains("syscall=59 success=yes"), s.out());
    }

    @Test
    void errorsAreReportedAndTheSessionGoesOn() throws IOException {
        Session s = type("let t = fork()\nset_contid(t, 5)\nset_contid(t, 6)\nassert get_contid(t) == 5\n:trace\n");
        assertTrue(s.err().contains("error: set_contid failed with ECHILD (No child processes)"), s.err());
        assertEquals(ScenarioResult.Status.OK, s.exit(), "the last input succeeded");
        assertFalse(s.err().contains("\tat ") || s.err().contains("internal error"), s.err());
        assertTrue(s.out().contains("op=set opid=101 contid=6 old-contid=5"), s.out());
    }

    @Test
    void aFailingLastInputFailsTheSessionWithoutAStackTrace() throws IOException {
        Session s = type("let t = fork()\nset_contid(t, 5)\nset_contid(t, 6)\n");
        assertEquals(ScenarioResult.Status.FAILED, s.exit());
        assertFalse(s.err().contains("\tat ") || s.err().contains("internal error"), s.err());
    }

    @Test
    void anExceptionReachingTheLoopIsABugWithItsStackTraceUnlessItIsAMistake() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(ScenarioResult.Status.INTERNAL_ERROR, Repl.report(new IllegalStateException("boom"), errStream));
        String bug = err.toString(StandardCharsets.UTF_8);
        assertTrue(bug.startsWith("internal error (this is a bug in cscript): boom\n"), bug);
        assertTrue(bug.contains("\tat org.cscript.repl.ReplTest"), "the stack trace:\n" + bug);

        err.reset();
        assertEquals(ScenarioResult.Status.FAILED, Repl.report(new ConfigException("unknown config key 'x'"), errStream));
        assertEquals("error: unknown config key 'x'\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quitEndsTheSessionAndUnknownCommandsAreNamed() throws IOException {
        Session s = type(":frob\n:help\n:quit\nlet never = fork()\n");
        assertTrue(s.out().contains("unknown command :frob"), s.out());
        assertTrue(s.out().contains(":trace [N]         the whole trace so far, or its last N records"), s.out());
        assertTrue(!s.out().contains("type="), s.out());
    }

    @Test
    void tabCompletionKnowsBuiltinsConstantsAndCommands() {
        assertTrue(Repl.completions().containsAll(List.of("set_contid", "fork_into", "CLONE_NEWNET", "EPERM", "assert_audit", ":trace", ":ps")));
    }
}
