package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cscript explore}: every example exploration's report against its golden NAME.explore
 * beside it ({@code -Dcscript.update-goldens=true} rewrites them; review with git diff), the
 * reduction against the brute force (same outcomes, same schedule counts), the counts of two
 * small spaces, and a failing schedule's replay scenario, which {@code cscript run} reproduces.
 */
class ExploreCommandTest {
    private static final Path EXAMPLES = Path.of("../examples/explore");
    private static final Path CASES = Path.of("src/test/resources/org/cscript/cli/explore");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".cscript")).sorted().toList();
        }
    }

    /** The report with the scenario's folder removed, as the goldens store it. */
    private static CliRun explore(Path script, String... options) {
        String[] args = Stream.concat(Stream.concat(Stream.of("explore"), Stream.of(options)),
                Stream.of(script.toString())).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        String folder = script.getParent() + "/";
        return new CliRun(run.exit(), run.out().replace(folder, ""), run.err().replace(folder, ""));
    }

    private static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("cscript.update-goldens")) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden " + golden + " (run with -Dcscript.update-goldens=true)");
        assertEquals(Files.readString(golden), actual, golden.toString());
    }

    private static Path golden(Path script) {
        String name = script.getFileName().toString().replace(".cscript", ".explore");
        return script.resolveSibling(name);
    }

    @Test
    void thereAreTheSixRaceExplorations() throws IOException {
        assertTrue(examples().size() >= 6, "only " + examples().size() + " explorations in " + EXAMPLES);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleExplorationMeetsItsExpectationsAndPrintsItsGolden(Path script) throws IOException {
        CliRun run = explore(script);
        assertEquals("", run.err());
        check(golden(script), run.out());
        assertEquals(ExitCode.OK, run.exit(), run.out());
        assertTrue(run.out().contains("Verdict: every schedule passes and every expectation is met"), run.out());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theReductionFindsTheOutcomesAndCountsOfTheBruteForce(Path script) {
        assertEquals(outcomesAndVerdicts(explore(script, "--no-reduction").out()), outcomesAndVerdicts(explore(script).out()));
    }

    /** The report without its header and without the schedules named as examples. */
    private static String outcomesAndVerdicts(String report) {
        return report.lines().filter(l -> !l.startsWith("Schedules:"))
                .map(l -> l.replaceAll("  e\\.g\\. .*$", "")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void independentStepsAreRunOnceForAllTheirOrders() {
        CliRun run = explore(CASES.resolve("independent_2x3.cscript"));
        assertEquals(ExitCode.OK, run.exit(), run.out());
        assertTrue(run.out().contains(" of 20 interleavings"), run.out());
        assertTrue(run.out().contains("Outcomes: 1\n  #1  20 schedules  ["), run.out());
        CliRun brute = explore(CASES.resolve("independent_2x3.cscript"), "--no-reduction");
        assertTrue(brute.out().contains("Schedules: 20 explored of 20 interleavings (no reduction)"), brute.out());
    }

    @Test
    void stepsThatAllTakeAPidAreAllDependent() {
        CliRun run = explore(CASES.resolve("dependent_2x3.cscript"));
        assertTrue(run.out().contains("Schedules: 20 explored of 20 interleavings"), run.out());
        assertTrue(run.out().contains("Outcomes: 20\n"), run.out());
    }

    @Test
    void aFailingScheduleIsPrintedAsAScenarioThatReplaysIt(@TempDir Path dir) throws IOException {
        Path script = CASES.resolve("fork_race_assert.cscript");
        CliRun run = explore(script);
        check(CASES.resolve("fork_race_assert.explore"), run.out());
        assertEquals(ExitCode.SCENARIO_FAILED, run.exit());
        String out = run.out();
        assertTrue(out.contains("  13:1  Sometimes  assert get_contid(child) == 5"), out);
        String replay = out.substring(out.indexOf("----\n") + 5, out.lastIndexOf("----\n"));
        assertTrue(replay.contains("concurrently schedule \"t self()\" {"), replay);
        Path pinned = dir.resolve("replay.cscript");
        Files.writeString(pinned, replay);
        CliRun replayed = CliRun.of("run", pinned.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, replayed.exit());
        assertTrue(replayed.err().contains("assertion failed: the child inherits the ID"), replayed.err());
        assertTrue(out.contains("--- schedule self() t\n+++ schedule t self()\n"), "the trace against the passing one");
    }

    @Test
    void aScheduleClausePinsTheOrderAndExploreRunsItOnce(@TempDir Path dir) throws IOException {
        Path pinned = dir.resolve("pinned.cscript");
        Files.writeString(pinned, Files.readString(CASES.resolve("dependent_2x3.cscript"))
                .replace("concurrently {", "concurrently schedule \"b a b a b a\" {"));
        CliRun run = explore(pinned);
        assertTrue(run.out().contains("Schedules: 1 explored of 1 interleavings"), run.out());
    }

    @Test
    void aStaticErrorIsReportedOnceWithExitTwo() {
        CliRun run = explore(Path.of("src/test/resources/org/cscript/cli/errors/concurrently_schedule_short.cscript"));
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().startsWith("concurrently_schedule_short.cscript:2:23: error: the schedule gives t 1 step"),
                run.err());
        assertEquals("", run.out());
    }
}
