package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cscript test}: golden-trace suites over files and folders. */
class TestCommandTest {
    @TempDir
    Path dir;

    private Path scenario(String name, String text) throws IOException {
        Path script = dir.resolve(name + ".cscript");
        Files.writeString(script, text);
        return script;
    }

    @Test
    void updateWritesGoldensThenTheSuitePasses() throws IOException {
        scenario("a", "let t = fork()\nset_contid(t, 5)\n");
        CliRun update = CliRun.of("test", "--update", dir.toString());
        assertEquals(0, update.exit(), update.out() + update.err());
        assertTrue(Files.readString(dir.resolve("a.trace")).startsWith("type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set"));

        CliRun check = CliRun.of("test", dir.toString());
        assertEquals(0, check.exit(), check.out());
        assertEquals("ok        " + dir.resolve("a.cscript") + "\n1 passed, 0 failed\n", check.out());
    }

    @Test
    void changedTraceFailsWithADiff() throws IOException {
        Path script = scenario("b", "let t = fork()\nset_contid(t, 5)\n");
        CliRun.of("test", "--update", script.toString());
        Files.writeString(dir.resolve("b.trace"), Files.readString(dir.resolve("b.trace")).replace("contid=5", "contid=6"));

        CliRun check = CliRun.of("test", script.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        assertTrue(check.out().contains("DIFFERS   " + script), check.out());
        assertTrue(check.out().contains("    -type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set opid=101 contid=6"), check.out());
        assertTrue(check.out().contains("    +type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set opid=101 contid=5"), check.out());
        assertTrue(check.out().endsWith("0 passed, 1 failed\n"), check.out());
    }

    @Test
    void missingGoldenAndFailingScenarioAreFailures() throws IOException {
        scenario("c", "let t = fork()\n");
        scenario("d", "let t = fork()\nset_contid(t, 5)\nset_contid(t, 6)\n");
        CliRun check = CliRun.of("test", dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        assertTrue(check.out().contains("NO GOLDEN " + dir.resolve("c.cscript")), check.out());
        assertTrue(check.out().contains("FAILED    " + dir.resolve("d.cscript")), check.out());
        assertTrue(check.out().contains("error: set_contid failed with ECHILD"), check.out());
        assertTrue(check.out().endsWith("0 passed, 2 failed\n"), check.out());
    }

    @Test
    void aGoldenThatCannotBeReadFailsTheSuiteWithoutAStackTrace() throws IOException {
        Path script = scenario("e", "let t = fork()\nset_contid(t, 5)\n");
        scenario("f", "let t = fork()\n");
        Files.createDirectory(dir.resolve("e.trace"));
        CliRun.of("test", "--update", dir.resolve("f.cscript").toString());
        CliRun check = CliRun.of("test", dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("UNUSABLE  " + script + "\n    cannot read " + dir.resolve("e.trace") + ": "),
                check.out());
        assertTrue(check.out().contains("ok        " + dir.resolve("f.cscript")), "the suite went on: " + check.out());
        assertTrue(check.out().endsWith("1 passed, 1 failed\n"), check.out());
        assertEquals("", check.err());
    }

    @Test
    void badPathsAndProfilesAreUsageErrors() {
        assertEquals(ExitCode.INVALID, CliRun.of("test", dir.resolve("nothing-here").toString()).exit());
        assertEquals(ExitCode.INVALID, CliRun.of("test", dir.toString()).exit(), "a folder without scenarios");
        CliRun badProfile = CliRun.of("test", "--profile", "nope", dir.toString());
        assertEquals(ExitCode.INVALID, badProfile.exit());
        assertTrue(badProfile.err().contains("unknown profile 'nope'"), badProfile.err());
    }
}
