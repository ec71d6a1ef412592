package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --import-root DIR} on run, check and test: it widens the folder imports may read, and must hold the scenario. */
class ImportRootOptionTest {
    @TempDir
    Path dir;
    private Path scenario;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(dir.resolve("project/scenarios"));
        Files.writeString(dir.resolve("project/common.cscript"), "fn twice(x) { return x * 2 }\n");
        scenario = dir.resolve("project/scenarios/main.cscript");
        Files.writeString(scenario, "import \"../common\"\nprint twice(21)\n");
    }

    @Test
    void withoutItAClimbIsRefused() {
        CliRun run = CliRun.of("run", scenario.toString());
        assertEquals(ExitCode.INVALID, run.exit(), run.err());
        assertTrue(run.err().contains("import \"../common\": outside the scenario's folder " + scenario.getParent() + "/"
                + " (--import-root DIR widens it)"), run.err());
    }

    @Test
    void runReadsImportsBelowTheRoot() {
        CliRun run = CliRun.of("run", "--import-root", dir.resolve("project").toString(), scenario.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals("42\n", run.err());
    }

    @Test
    void checkAndTestTakeItToo() throws IOException {
        String root = dir.resolve("project").toString();
        CliRun check = CliRun.of("check", "--import-root", root, scenario.toString());
        assertEquals(ExitCode.OK, check.exit(), check.err());
        Files.writeString(dir.resolve("project/scenarios/main.trace"), "");
        CliRun test = CliRun.of("test", "--import-root", root, scenario.toString());
        assertEquals(ExitCode.OK, test.exit(), test.out() + test.err());
    }

    @Test
    void theRootStillEndsSomewhere() throws IOException {
        Files.writeString(scenario, "import \"../../secret\"\n");
        Files.writeString(dir.resolve("secret.cscript"), "print \"ESCAPED\"\n");
        CliRun run = CliRun.of("run", "--import-root", dir.resolve("project").toString(), scenario.toString());
        assertEquals(ExitCode.INVALID, run.exit(), run.err());
        assertTrue(run.err().contains("import \"../../secret\": outside the import root " + dir.resolve("project") + "/"),
                run.err());
    }

    @Test
    void aRootThatDoesNotHoldTheScenarioIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("elsewhere"));
        CliRun run = CliRun.of("run", "--import-root", dir.resolve("elsewhere").toString(), scenario.toString());
        assertEquals(ExitCode.INVALID, run.exit(), run.err());
        assertEquals("cscript: cannot run " + scenario + ": it is outside --import-root " + dir.resolve("elsewhere") + "/\n",
                run.err());
    }

    @Test
    void aRootThatIsNoFolderIsAUsageError() {
        CliRun run = CliRun.of("run", "--import-root", dir.resolve("nothere").toString(), scenario.toString());
        assertEquals(ExitCode.INVALID, run.exit(), run.err());
        assertEquals("cscript: error: --import-root " + dir.resolve("nothere") + ": not a folder\n", run.err());
    }

    @Test
    void theMainFileMustBeAScenarioFile() {
        CliRun run = CliRun.of("run", "/dev/zero");
        assertEquals(ExitCode.INVALID, run.exit(), run.err());
        assertEquals("cscript: cannot read /dev/zero: not a regular file (a character device)\n", run.err());
    }
}
