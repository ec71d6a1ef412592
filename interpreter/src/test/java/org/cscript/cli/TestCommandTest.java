package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cscript test}: golden suites over files and folders, result codes, update modes, selection. */
class TestCommandTest {
    private static final String SETS_5 = "let t = fork()\nset_contid(t, 5)\n";

    @TempDir
    Path dir;

    private Path scenario(String name, String text) throws IOException {
        Path script = dir.resolve(name + ".cscript");
        Files.writeString(script, text);
        return script;
    }

    /** The output with the per-scenario times, which vary, replaced by T. */
    private static String timeless(String out) {
        return out.replaceAll("\\(\\d+\\.\\d\\d s", "(T s");
    }

    @Test
    void updateCreatesGoldensThenTheSuitePasses() throws IOException {
        scenario("a", SETS_5);
        scenario("bad", "let t = fork()\nassert t.contid == 5\n");
        CliRun update = CliRun.of("test", "--update", dir.toString());
        assertEquals(0, update.exit(), update.out() + update.err());
        assertEquals("PASS     " + dir.resolve("a.cscript") + "  (T s, created)\n"
                + "PASS     " + dir.resolve("bad.cscript") + "  (T s, created)\n2 passed, 0 failed\n", timeless(update.out()));
        assertTrue(Files.readString(dir.resolve("a.trace")).startsWith("type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set"));
        assertTrue(Files.readString(dir.resolve("bad.err")).startsWith("# exit: 1\nbad.cscript:2:1: error: assertion failed\n"),
                "the .err holds the exit code and the diagnostics without the folder");

        CliRun check = CliRun.of("test", dir.toString());
        assertEquals(0, check.exit(), check.out());
        assertEquals("PASS     " + dir.resolve("a.cscript") + "  (T s)\nPASS     " + dir.resolve("bad.cscript")
                + "  (T s)\n2 passed, 0 failed\n", timeless(check.out()));

        CliRun again = CliRun.of("test", "--update", dir.toString());
        assertFalse(again.out().contains("updated") || again.out().contains("created"), "unchanged goldens are left alone: "
                + again.out());
    }

    @Test
    void aChangedRecordIsReportedWithItsStatementItsSerialAndItsFields() throws IOException {
        Path script = scenario("b", "let t = fork()\nlet u = fork()\nset_contid(t, 5)\nset_contid(u, 7)\n");
        CliRun.of("test", "--update", script.toString());
        Files.writeString(dir.resolve("b.trace"), Files.readString(dir.resolve("b.trace")).replace("contid=7", "contid=8"));

        CliRun check = CliRun.of("test", script.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        String out = timeless(check.out());
        assertTrue(out.startsWith("FAIL     " + script + "  (T s)\n"
                + "    first difference: line 3 (serial 2), written by " + script + ":4\n"
                + "      line 3 (serial 2): contid: expected 8, actual 7\n"), out);
        assertTrue(out.contains("    -type=UNKNOWN[1344] msg=audit(1500000000.001:2): op=set opid=102 contid=8"), out);
        assertTrue(out.contains("    +type=UNKNOWN[1344] msg=audit(1500000000.001:2): op=set opid=102 contid=7"), out);
        assertTrue(out.endsWith("Failed (1):\n  FAIL     " + script + "\n0 passed, 1 failed\n"), out);
        assertTrue(out.lines().count() <= 40, "a one-record change is reported in at most 40 lines:\n" + out);
    }

    @Test
    void withoutUpdateAMissingGoldenFailsAndBothGoldensAreAMistake() throws IOException {
        scenario("c", "let t = fork()\n");
        scenario("d", SETS_5);
        Files.writeString(dir.resolve("d.trace"), "");
        Files.writeString(dir.resolve("d.err"), "# exit: 1\n");
        CliRun check = CliRun.of("test", "--update", dir.resolve("d.cscript").toString());
        assertTrue(check.out().contains("both d.trace and d.err exist"), check.out());
        CliRun plain = CliRun.of("test", dir.resolve("c.cscript").toString());
        assertEquals(ExitCode.SCENARIO_FAILED, plain.exit());
        assertTrue(plain.out().contains("no golden: c.trace does not exist; create it with --update"), plain.out());
    }

    @Test
    void aScenarioThatMustFailButPassesFailsAndAFailingOneWithATraceShowsItsError() throws IOException {
        scenario("e", SETS_5);
        Files.writeString(dir.resolve("e.err"), "# exit: 1\nwhatever\n");
        scenario("f", "let t = fork()\nset_contid(t, 5)\nset_contid(t, 6)\n");
        Files.writeString(dir.resolve("f.trace"), "");
        CliRun check = CliRun.of("test", dir.toString());
        assertTrue(check.out().contains("ran cleanly, but e.err says it must fail"), check.out());
        assertTrue(check.out().contains("error: set_contid failed with ECHILD"), check.out());
        assertTrue(check.out().endsWith("0 passed, 2 failed\n"), check.out());
    }

    @Test
    void underCiUpdateIsRefusedUnlessForcedAndObsoleteGoldensFail() throws IOException {
        scenario("g", SETS_5);
        CliRun.of("test", "--update", dir.toString());
        Files.writeString(dir.resolve("gone.trace"), "type=SYSCALL msg=audit(1.000:1): x=1\n");
        Map<String, String> ci = Map.of("CI", "true");

        CliRun refused = CliRun.in(ci, "test", "--update", dir.toString());
        assertEquals(ExitCode.INVALID, refused.exit());
        assertTrue(refused.err().contains("--update is refused under CI=true"), refused.err());

        CliRun local = CliRun.of("test", dir.toString());
        assertEquals(0, local.exit(), "outside CI an obsolete golden is reported, not failed: " + local.out());
        assertTrue(local.out().contains("OBSOLETE " + dir.resolve("gone.trace") + "  (its scenario gone.cscript is gone"),
                local.out());
        CliRun underCi = CliRun.in(ci, "test", dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, underCi.exit(), underCi.out());
        assertTrue(underCi.out().endsWith("1 passed, 1 failed\n"), underCi.out());

        CliRun forced = CliRun.in(ci, "test", "--update", "--force", dir.toString());
        assertTrue(forced.out().contains("REMOVED  " + dir.resolve("gone.trace")), forced.out());
        assertFalse(Files.exists(dir.resolve("gone.trace")));
    }

    @Test
    void aRunawayScenarioTimesOutAndTheRunGoesOn() throws IOException {
        scenario("h", "config limits.steps = 9223372036854775807\nlet t = fork()\nwhile true { }\n");
        scenario("i", SETS_5);
        CliRun.of("test", "--update", dir.resolve("i.cscript").toString());
        CliRun check = CliRun.of("test", "--timeout", "0.5", dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        assertTrue(timeless(check.out()).contains("TIMEOUT  " + dir.resolve("h.cscript") + "  (T s)\n"
                + "    stopped after 500 ms (--timeout)"), check.out());
        assertTrue(check.out().contains("PASS     " + dir.resolve("i.cscript")), check.out());
        assertTrue(check.out().endsWith("Failed (1):\n  TIMEOUT  " + dir.resolve("h.cscript") + "\n1 passed, 1 failed\n"),
                check.out());
    }

    @Test
    void knownFailuresAreXfailAndAnUnexpectedPassFailsTheRun() throws IOException {
        scenario("j", "let t = fork()\nassert false\n");
        Files.writeString(dir.resolve("j.trace"), "");
        scenario("k", SETS_5);
        CliRun.of("test", "--update", dir.resolve("k.cscript").toString());
        Path list = dir.resolve("known-failures.txt");
        Files.writeString(list, "# flaky until the model is fixed\n" + dir.resolve("j.cscript") + "\n"
                + dir.resolve("k.cscript") + "  # fixed since\n");
        CliRun check = CliRun.of("test", "--xfail", list.toString(), dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        assertTrue(check.out().contains("XFAIL    " + dir.resolve("j.cscript")), check.out());
        assertTrue(check.out().contains("XPASS    " + dir.resolve("k.cscript")), check.out());
        assertTrue(check.out().contains("listed as a known failure, but it passed"), check.out());
        assertTrue(check.out().endsWith("1 passed, 1 failed\n"), check.out());
    }

    @Test
    void filterTagsShardsAndSkips() throws IOException {
        for (String name : new String[] {"n1", "n2", "n3", "n4"}) {
            scenario(name, "# tags: " + (name.equals("n2") ? "slow net" : "fast") + "\n" + SETS_5);
        }
        scenario("s", "# skip: waits for the model of process groups\n" + SETS_5);
        CliRun.of("test", "--update", dir.toString());
        assertEquals(1, lines(CliRun.of("test", "--filter", "n[3]", dir.toString()).out(), "PASS"));
        CliRun tagged = CliRun.of("test", "--tags", "net", dir.toString());
        assertEquals(1, lines(tagged.out(), "PASS"), tagged.out());
        assertTrue(tagged.out().contains("n2.cscript"), tagged.out());
        CliRun first = CliRun.of("test", "--shard", "1/2", dir.toString());
        CliRun second = CliRun.of("test", "--shard", "2/2", dir.toString());
        assertEquals(5, lines(first.out(), "PASS") + lines(first.out(), "SKIP") + lines(second.out(), "PASS")
                + lines(second.out(), "SKIP"), first.out() + second.out());
        CliRun all = CliRun.of("test", dir.toString());
        assertTrue(all.out().contains("SKIP     " + dir.resolve("s.cscript") + "  (")
                && all.out().contains("waits for the model of process groups"), all.out());
        assertTrue(all.out().endsWith("4 passed, 0 failed, 1 skipped\n"), all.out());
        assertEquals(ExitCode.INVALID, CliRun.of("test", "--shard", "3/2", dir.toString()).exit());
        assertEquals(ExitCode.INVALID, CliRun.of("test", "--filter", "(", dir.toString()).exit());
    }

    @Test
    void jobsAndShuffleChangeNothingButTheOrder() throws IOException {
        for (int i = 0; i < 8; i++) {
            scenario("p" + i, "let t = fork()\nset_contid(t, " + (i + 1) + ")\n");
        }
        CliRun.of("test", "--update", dir.toString());
        String one = timeless(CliRun.of("test", "-j", "1", dir.toString()).out());
        assertEquals(one, timeless(CliRun.of("test", "-j", "4", dir.toString()).out()));
        String shuffled = timeless(CliRun.of("test", "--shuffle", "7", dir.toString()).out());
        assertEquals(one.lines().sorted().toList(), shuffled.lines().sorted().toList());
        assertFalse(one.equals(shuffled), "seed 7 reorders eight scenarios");
        assertEquals(shuffled, timeless(CliRun.of("test", "--shuffle", "7", "-j", "3", dir.toString()).out()));
    }

    @Test
    void reportsInJunitXmlAndJson() throws IOException {
        scenario("r", SETS_5);
        scenario("q", "let t = fork()\n");
        CliRun.of("test", "--update", dir.resolve("r.cscript").toString());
        Path xml = dir.resolve("report.xml");
        Path json = dir.resolve("report.json");
        CliRun check = CliRun.of("test", "--junit", xml.toString(), "--json", json.toString(), dir.toString());
        assertEquals(ExitCode.SCENARIO_FAILED, check.exit());
        String junit = Files.readString(xml);
        assertTrue(junit.contains("<testsuite name=\"cscript\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\""), junit);
        assertTrue(junit.contains("name=\"q.cscript\"") && junit.contains("<failure message=\"FAIL\" type=\"FAIL\"><![CDATA[no golden"),
                junit);
        String report = Files.readString(json);
        assertTrue(report.contains("\"verdict\": \"PASS\"") && report.contains("\"passed\": 1,\n  \"failed\": 1"), report);
    }

    @Test
    void badPathsAndProfilesAreUsageErrors() {
        assertEquals(ExitCode.INVALID, CliRun.of("test", dir.resolve("nothing-here").toString()).exit());
        assertEquals(ExitCode.INVALID, CliRun.of("test", dir.toString()).exit(), "a folder without scenarios");
        CliRun badProfile = CliRun.of("test", "--profile", "nope", dir.toString());
        assertEquals(ExitCode.INVALID, badProfile.exit());
        assertTrue(badProfile.err().contains("unknown profile 'nope'"), badProfile.err());
    }

    private static int lines(String out, String verdict) {
        return (int) out.lines().filter(l -> l.startsWith(verdict + " ")).count();
    }
}
