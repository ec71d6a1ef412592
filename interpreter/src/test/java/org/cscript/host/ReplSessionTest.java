package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** State carries over between REPL inputs; each input returns the trace lines it emitted. */
class ReplSessionTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RunOptions options = RunOptions.defaults(new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void variablesFunctionsAndTraceCarryOver() {
        try (ReplSession repl = new ReplSession(options)) {
            assertEquals(ScenarioResult.Status.OK, repl.eval("import \"std/scenario\"\nlet orch = self()").status());
            assertEquals(ScenarioResult.Status.OK, repl.eval("fn child() { return fork() }").status());
            ScenarioResult set = repl.eval("let c = nil\nas orch { c = child(); set_contid(c, 77) }");
            assertEquals(ScenarioResult.Status.OK, set.status(), err.toString(StandardCharsets.UTF_8));
            assertEquals(2, set.trace().size());
            assertTrue(set.trace().get(0).contains("contid=77"));
            ScenarioResult check = repl.eval("assert_audit CONTAINER op=set contid=${c.contid}");
            assertEquals(ScenarioResult.Status.OK, check.status(), err.toString(StandardCharsets.UTF_8));
            assertTrue(check.trace().isEmpty(), "no new lines: " + check.trace());
        }
    }

    /** With invariant checks a violation is an internal error of that input (ns.first_inum collides, see the CLI test). */
    @Test
    void aSessionWithInvariantChecksReportsAViolationAsInternal() {
        RunOptions checked = RunOptions.of(java.util.Map.of("ns.first_inum", "4026531830"), null, options.err())
                .withInvariantChecks(true);
        try (ReplSession repl = new ReplSession(checked)) {
            assertEquals(ScenarioResult.Status.OK, repl.eval("unshare(CLONE_NEWUTS)").status());
            ScenarioResult broken = repl.eval("for i in 0..6 { unshare(CLONE_NEWUTS) }");
            assertEquals(ScenarioResult.Status.INTERNAL_ERROR, broken.status());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("IDS_NEVER_REUSED"));
        }
    }

    @Test
    void anErrorDoesNotEndTheSession() {
        try (ReplSession repl = new ReplSession(options)) {
            assertEquals(ScenarioResult.Status.INVALID, repl.eval("print nope").status());
            assertEquals(ScenarioResult.Status.FAILED, repl.eval("assert 1 == 2").status());
            assertEquals(ScenarioResult.Status.OK, repl.eval("let x = 2\nprint x").status());
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("<input 1>:1:7: error: unknown variable 'nope'"), printed);
            assertTrue(printed.endsWith("2\n"), printed);
            assertFalse(printed.contains("internal error"), printed);
        }
    }

    /** The REPL's import root is its working folder (the tests': the interpreter module). */
    @Test
    void importsStayInTheWorkingFolder() {
        try (ReplSession repl = new ReplSession(options)) {
            assertEquals(ScenarioResult.Status.INVALID, repl.eval("import \"../pom.xml\"").status());
            assertEquals(ScenarioResult.Status.INVALID, repl.eval("import \"/etc/passwd\"").status());
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("<input 1>:1:8: error: import \"../pom.xml\": outside the working folder ./ "
                + "(--import-root DIR widens it)"), printed);
        assertTrue(printed.contains("<input 2>:1:8: error: import \"/etc/passwd\": an absolute path"), printed);
    }

    @Test
    void anImportRootMustHoldTheWorkingFolder() {
        RunOptions elsewhere = options.withImportRoot(java.nio.file.Path.of("src"));
        InvalidOptionsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidOptionsException.class,
                () -> new ReplSession(elsewhere).close());
        assertEquals("--import-root src/ does not contain the working folder, where the REPL's imports start", e.getMessage());
    }
}
