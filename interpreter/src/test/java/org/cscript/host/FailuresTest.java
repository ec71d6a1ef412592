package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cscript.kernel.ConfigException;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.ImportRoot;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where user mistakes end and bugs begin, and how a bug is reported (with its stack trace). */
class FailuresTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void typedMistakesAreUserErrorsAndEverythingElseIsABug() {
        InvalidOptionsException bad = assertThrows(InvalidOptionsException.class,
                () -> RunOptions.of(Map.of("x", "1"), null, new PrintStream(OutputStream.nullOutputStream())));
        assertEquals(ScenarioResult.Status.INVALID, Failures.classify(bad));
        assertEquals(ScenarioResult.Status.FAILED, Failures.classify(new ConfigException("no")));
        assertEquals(ScenarioResult.Status.INTERNAL_ERROR, Failures.classify(new IllegalArgumentException("no")));
        assertEquals(ScenarioResult.Status.INTERNAL_ERROR, Failures.classify(new StackOverflowError()));
        assertTrue(Failures.isUserError(bad));
        assertFalse(Failures.isUserError(new RuntimeException()));
    }

    @Test
    void anInternalErrorReportHasTheMessageAndTheStackTrace() {
        String report = Failures.internalErrorReport(new IllegalStateException("boom"));
        assertTrue(report.startsWith("internal error (this is a bug in cscript): boom\n"
                + "java.lang.IllegalStateException: boom\n"), report);
        assertTrue(report.contains("\tat org.cscript.host.FailuresTest"), report);
    }

    @Test
    void aHostExceptionThroughThePolyglotApiIsReportedAsABug() throws Exception {
        try (Context context = ScenarioRunner.newContext(RunOptions.defaults(errStream), new ByteArrayOutputStream(),
                new ConfinedFileSystem(ImportRoot.workingFolder()))) {
            ProxyExecutable failing = arguments -> {
                throw new IllegalStateException("boom in host code");
            };
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.asValue(failing).execute());
            assertEquals(ScenarioResult.Status.INTERNAL_ERROR, GuestErrors.report(e, errStream));
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("internal error (this is a bug in cscript): "), printed);
        assertTrue(printed.contains("boom in host code") && printed.contains("\tat "), printed);
    }

    @Test
    void aRuntimeExceptionInsideTheRunnerReachesTheCaller() throws Exception {
        // A scenario on a file system the runner cannot hand to the language (no java.io.File):
        // the runner does not hide this bug, it lets it reach the top level.
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("s.zip"), Map.of("create", "true"))) {
            Path script = Files.writeString(zip.getPath("/a.cscript"), "let t = fork()\n");
            ScenarioRunner runner = new ScenarioRunner(RunOptions.defaults(errStream));
            assertThrows(UnsupportedOperationException.class, () -> runner.run(script));
        }
    }
}
