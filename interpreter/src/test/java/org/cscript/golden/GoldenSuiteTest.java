package org.cscript.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden runner is a top level: one scenario's failure, bug or not, is that scenario's outcome. */
class GoldenSuiteTest {
    @TempDir
    Path dir;

    private final GoldenSuite suite = new GoldenSuite(RunOptions.defaults(System.err));

    @Test
    void aBugOutOfTheRunnerIsAnInternalErrorWithItsStackTrace() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("s.zip"), Map.of("create", "true"))) {
            Path script = Files.writeString(zip.getPath("/a.cscript"), "let t = fork()\n");
            GoldenSuite.Outcome outcome = suite.check(script, false);
            assertEquals(GoldenSuite.Verdict.INTERNAL_ERROR, outcome.verdict());
            assertFalse(outcome.passed());
            assertTrue(outcome.detail().startsWith("internal error (this is a bug in cscript): "), outcome.detail());
            assertTrue(outcome.detail().contains("\tat "), outcome.detail());
        }
    }

    @Test
    void aGoldenThatCannotBeReadIsNotABug() throws IOException {
        Path script = Files.writeString(dir.resolve("a.cscript"), "let t = fork()\nset_contid(t, 5)\n");
        Files.createDirectory(dir.resolve("a.trace"));
        for (boolean update : new boolean[] {false, true}) {
            GoldenSuite.Outcome outcome = suite.check(script, update);
            assertEquals(GoldenSuite.Verdict.GOLDEN_UNUSABLE, outcome.verdict());
            assertTrue(outcome.detail().startsWith((update ? "cannot write " : "cannot read ") + dir.resolve("a.trace") + ": "),
                    outcome.detail());
            assertFalse(outcome.detail().contains("\tat ") || outcome.detail().contains("Exception"), outcome.detail());
        }
    }
}
