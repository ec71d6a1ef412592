package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code cscript compare}: its output on examples whose designs really differ, compared with
 * goldens under compare/ ({@code -Dcscript.update-goldens=true} rewrites them; review with git
 * diff), an event only one design writes, a run that fails under one profile, and the usage
 * errors. Paths are shown relative to the folder of the scenario, as the golden suite stores them.
 */
class CompareCommandTest {
    private static final Path GOLDENS = Path.of("src/test/resources/org/cscript/cli/compare");
    private static final Path EXAMPLES = Path.of("../examples");

    /**
     * Runs {@code compare ARGS... FILE} and checks stdout (and stderr, when not empty) against
     * NAME.out / NAME.err; returns the run with the scenario's folder removed from what it printed.
     */
    private static CliRun golden(String name, Path script, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        all.add(script.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        String folder = script.getParent() + "/";
        CliRun shown = new CliRun(run.exit(), run.out().replace(folder, ""), run.err().replace(folder, ""));
        check(GOLDENS.resolve(name + ".out"), shown.out());
        Path err = GOLDENS.resolve(name + ".err");
        if (!shown.err().isEmpty() || Files.exists(err)) {
            check(err, "# exit: " + shown.exit() + "\n" + shown.err());
        }
        return shown;
    }

    private static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("cscript.update-goldens")) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden " + golden + " (run with -Dcscript.update-goldens=true)");
        assertEquals(Files.readString(golden), actual, golden.toString());
    }

    @Test
    void theBacklogExampleDiffersInItsContainerRecords() throws IOException {
        CliRun run = golden("seed_audit_backlog", EXAMPLES.resolve("seed_audit_backlog.cscript"));
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("  CONTAINER -> CONTAINER_OP:\n"), run.out());
        assertTrue(run.out().endsWith("3 events identical, 3 differ, 0 only in seed, 0 only in upstream\n"), run.out());
    }

    @Test
    void sideBySideShowsTheUpstreamObjPidRecordsInTheirOwnColumn() throws IOException {
        CliRun run = golden("auditctl_rules.side-by-side", EXAMPLES.resolve("auditctl_rules.cscript"),
                "--side-by-side", "--width", "120");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(" ".repeat(59) + "> type=OBJ_PID ")), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 120), "no row wider than --width");
    }

    @Test
    void anEventOnlyUpstreamWritesIsAddedAndTheLaterSerialsStillPair() throws IOException {
        CliRun run = golden("errno_reaction", GOLDENS.resolve("errno_reaction.cscript"));
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("@@ only in upstream: serial 3, written by errno_reaction.cscript:10 @@\n"), run.out());
        assertTrue(run.out().contains("@@ differs: seed serial 3, upstream serial 4, written by errno_reaction.cscript:13 @@\n"),
                run.out());
        assertTrue(run.out().endsWith("0 events identical, 3 differ, 0 only in seed, 1 only in upstream\n"), run.out());
    }

    @Test
    void aRunThatFailsUnderOneProfileIsNamedWithItsErrorAfterTheComparisonSoFar() throws IOException {
        CliRun run = golden("s17_contid_registration", EXAMPLES.resolve("s17_contid_registration.cscript"));
        assertEquals(ExitCode.SCENARIO_FAILED, run.exit());
        assertTrue(run.err().startsWith("==> upstream <==\ns17_contid_registration.cscript:8:1: error: "
                + "assert_audit CONTAINER"), run.err());
        assertTrue(run.err().endsWith("cscript compare: the upstream run failed (exit 1)\n"), run.err());
        assertFalse(run.err().contains("seed run failed"), run.err());
        assertTrue(run.out().contains("the upstream run failed: compared up to its last event; 2 events the seed run "
                + "wrote after that not compared\n"), run.out());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Path script = EXAMPLES.resolve("seed_audit_backlog.cscript");
        CliRun first = CliRun.of("compare", "--side-by-side", script.toString());
        CliRun second = CliRun.of("compare", "--side-by-side", script.toString());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().contains(" ! "), first.out());
    }

    @Test
    void aSyntaxErrorIsReportedOnceForBothRunsAndNothingIsCompared() throws IOException {
        Path bad = Files.writeString(Files.createTempFile("bad", ".cscript"), "let x =\n");
        try {
            CliRun run = CliRun.of("compare", bad.toString());
            assertEquals(ExitCode.INVALID, run.exit());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("==> seed, upstream <==\n" + bad + ":1:"), run.err());
            assertTrue(run.err().endsWith("cscript compare: the seed run failed (exit 2)\n"
                    + "cscript compare: the upstream run failed (exit 2)\n"), run.err());
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        CliRun missing = CliRun.of("compare", "no/such.cscript");
        assertEquals(ExitCode.INVALID, missing.exit());
        assertEquals("cscript: cannot read no/such.cscript: no such readable file\n", missing.err());
        String script = EXAMPLES.resolve("s01_dh_example_program.cscript").toString();
        CliRun profile = CliRun.of("compare", "--profile", "seed", script);
        assertEquals(ExitCode.INVALID, profile.exit());
        assertTrue(profile.err().startsWith("compare runs the scenario under both profiles, seed and upstream: "
                + "--profile does not apply"), profile.err());
        CliRun width = CliRun.of("compare", "--width", "100", script);
        assertEquals(ExitCode.INVALID, width.exit());
        assertTrue(width.err().startsWith("--width is for --side-by-side only\n"), width.err());
        CliRun narrow = CliRun.of("compare", "--side-by-side", "--width", "10", script);
        assertTrue(narrow.err().startsWith("--width must be from 43 to 1000, got 10\n"), narrow.err());
        CliRun knob = CliRun.of("compare", "--set", "no.such=1", script);
        assertEquals(ExitCode.INVALID, knob.exit());
        assertTrue(knob.err().startsWith("cscript: error: unknown config key 'no.such'"), knob.err());
        assertFalse((missing.err() + profile.err() + width.err() + knob.err()).contains("\tat "), "no stack trace");
    }

    @Test
    void aKnobSetOnTheCommandLineReachesBothRuns() {
        String script = EXAMPLES.resolve("s01_dh_example_program.cscript").toString();
        CliRun run = CliRun.of("compare", "--set", "clock.start_ms=1600000000000", script);
        assertEquals(ExitCode.OK, run.exit(), run.err());
        // the clock is no difference; a knob only one run had would have made every event differ
        assertTrue(run.out().endsWith("4 events identical, 0 differ, 0 only in seed, 0 only in upstream\n"), run.out());
    }
}
