package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.ScenarioOutcome;
import org.cscript.golden.Verdict;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed scripts: each errors/NAME.cscript has its NAME.err golden ({@code # exit: N} and the
 * exact standard error, the folder removed), checked by the golden engine like every scenario;
 * {@code -Dcscript.update-goldens=true} rewrites them. No case may print a Java stack trace, and
 * the real command line prints exactly what the golden says.
 */
class CliErrorCasesTest {
    private static final Path DIR = Path.of("src/test/resources/org/cscript/cli/errors");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".cscript")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTenCases() throws IOException {
        assertTrue(cases().size() >= 10, "only " + cases().size() + " error cases in " + DIR);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedScriptGivesItsDiagnostic() throws IOException {
        GoldenEngine.Update update = Boolean.getBoolean("cscript.update-goldens") ? GoldenEngine.Update.WRITE
                : GoldenEngine.Update.NO;
        GoldenEngine engine = new GoldenEngine(RunOptions.defaults(System.err), Duration.ofSeconds(30));
        return cases().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            ScenarioOutcome outcome = engine.check(script, update);
            assertEquals(Verdict.PASS, outcome.verdict(), outcome.detail());
            String golden = Files.readString(Path.of(script.toString().replaceFirst("\\.cscript$", ".err")));
            assertTrue(golden.startsWith("# exit: "), script + ": a failing case, so an .err golden");
            assertFalse(golden.contains("\tat ") || golden.contains("Exception"), "stack trace or exception leaked:\n" + golden);
        })).onClose(engine::close);
    }

    /** The command line and the golden engine print the same: one case run through {@code cscript run}. */
    @Test
    void theCommandLinePrintsWhatTheGoldenSays() throws IOException {
        for (Path script : cases()) {
            CliRun run = CliRun.of("run", script.toString());
            String golden = Files.readString(Path.of(script.toString().replaceFirst("\\.cscript$", ".err")));
            assertEquals(golden, "# exit: " + run.exit() + "\n" + run.err().replace(DIR + "/", ""), script.toString());
        }
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void missingFileIsUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("run", "no/such/file.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertEquals("cscript: cannot read no/such/file.cscript: no such readable file\n", run.err());
    }

    @Test
    void aTraceFileForSomeScenariosOnlyIsRefused() {
        CliRun run = CliRun.of("run", "--trace", "x.trace", "a.cscript", "b.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("--trace takes one file per scenario: 1 --trace for 2 scenarios"), run.err());
    }

    @Test
    void malformedSetIsUsageError() {
        CliRun run = CliRun.of("run", "--set", "novalue", "a.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("--set expects KEY=VALUE"), run.err());
    }
}
