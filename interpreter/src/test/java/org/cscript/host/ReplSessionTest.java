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
            ReplOutcome set = repl.eval("let c = nil\nas orch { c = child(); set_contid(c, 77) }");
            assertEquals(ScenarioResult.Status.OK, set.status(), err.toString(StandardCharsets.UTF_8));
            assertEquals(2, set.trace().size());
            assertTrue(set.trace().get(0).contains("contid=77"));
            ReplOutcome check = repl.eval("assert_audit CONTAINER op=set contid=${c.contid}");
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
            ReplOutcome broken = repl.eval("for i in 0..6 { unshare(CLONE_NEWUTS) }");
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

    @Test
    void aBareExpressionShowsItsValueAsPrintDoesAndNilIsQuiet() {
        try (ReplSession repl = new ReplSession(options)) {
            assertEquals("3", repl.eval("1 + 2").shown());
            assertEquals("task(pid=101, tid=101, comm=runc)", repl.eval("fork()").shown());
            assertEquals("[1, \"a\"]", repl.eval("[1, \"a\"]").shown());
            assertEquals(null, repl.eval("let x = 5").shown(), "a let shows nothing");
            assertEquals(null, repl.eval("nil").shown(), "nil is quiet");
            assertEquals(null, repl.eval("print x").shown());
            assertEquals("5", repl.eval("print 1\nx").shown(), "the last statement counts");
        }
    }

    @Test
    void anInterruptStopsTheRunningInputAndKeepsTheSession() throws Exception {
        // no step limit in reach: a compiled loop runs 10,000,000 steps in a fraction of a second
        RunOptions endlessly = RunOptions.of(java.util.Map.of("limits.steps", Long.toString(Long.MAX_VALUE)), null,
                options.err());
        try (ReplSession repl = new ReplSession(endlessly)) {
            repl.eval("let kept = 7");
            java.util.concurrent.CompletableFuture<ReplOutcome> endless =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> repl.eval("while true { kept = kept }"));
            ReplOutcome stopped = null;
            for (int i = 0; i < 200 && stopped == null; i++) {
                repl.interrupt(java.time.Duration.ofSeconds(5));
                try {
                    stopped = endless.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    // the loop may not have started when interrupted: try again
                }
            }
            assertEquals(ScenarioResult.Status.FAILED, stopped.status());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("interrupted"), err.toString(StandardCharsets.UTF_8));
            assertEquals("7", repl.eval("kept").shown());
        }
    }

    @Test
    void resetStartsAFreshKernelAndTheViewsAreData() {
        try (ReplSession repl = new ReplSession(options)) {
            assertFalse(repl.inspect(KernelViews::booted), "looking does not boot the kernel");
            repl.eval("let t = fork()\nset_contid(t, 9)");
            assertTrue(repl.inspect(KernelViews::booted));
            java.util.List<TaskRow> tasks = repl.inspect(KernelViews::tasks);
            assertEquals(java.util.List.of(1L, 100L, 101L), tasks.stream().map(TaskRow::tid).toList());
            assertEquals(9, tasks.get(2).contid());
            java.util.Map<String, Long> byPid = repl.inspect(v -> v.namespaces("101"));
            assertEquals(byPid, repl.inspect(v -> v.namespaces("t")));
            assertTrue(repl.inspect(v -> v.namespaces("t")).containsKey("net"));
            assertEquals(java.util.Map.of("t", "task(pid=101, tid=101, comm=runc)"), repl.variables());
            repl.reset(RunOptions.of(java.util.Map.of(), "upstream", options.err()));
            assertEquals(java.util.Map.of(), repl.variables());
            assertFalse(repl.inspect(KernelViews::booted));
            assertEquals("upstream", repl.options().profile());
        }
    }
}
