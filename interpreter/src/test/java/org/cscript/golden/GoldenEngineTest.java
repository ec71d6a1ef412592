package org.cscript.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scenario against its one golden: the verdicts, the changes an update makes, and what is not a bug. */
class GoldenEngineTest {
    @TempDir
    Path dir;

    private final GoldenEngine engine = new GoldenEngine(RunOptions.defaults(System.err), Duration.ofSeconds(2));

    @AfterEach
    void close() {
        engine.close();
    }

    private Path scenario(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".cscript"), text);
    }

    @Test
    void aPassingScenarioGetsATraceGoldenAndAFailingOneAnErrGolden() throws IOException {
        Path ok = scenario("ok", "let t = fork()\nset_contid(t, 5)\n");
        Path bad = scenario("bad", "let t = fork()\nexpect EPERM { set_contid(t, 5) }\n");
        assertEquals(ScenarioOutcome.Change.CREATED, engine.check(ok, GoldenEngine.Update.WRITE).change());
        assertEquals(ScenarioOutcome.Change.CREATED, engine.check(bad, GoldenEngine.Update.WRITE).change());
        assertTrue(Files.exists(dir.resolve("ok.trace")));
        assertTrue(Files.readString(dir.resolve("bad.err")).startsWith("# exit: 1\nbad.cscript:2:"),
                Files.readString(dir.resolve("bad.err")));
        ScenarioOutcome again = engine.check(bad, GoldenEngine.Update.WRITE);
        assertEquals(Verdict.PASS, again.verdict());
        assertEquals(ScenarioOutcome.Change.NONE, again.change(), "an unchanged golden is not rewritten");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void aChangedErrGoldenFailsWithADiffAndAnUpdateRewritesIt() throws IOException {
        Path bad = scenario("bad", "let t = fork()\nassert t.pid == 7\n");
        Files.writeString(dir.resolve("bad.err"), "# exit: 2\nsomething else\n");
        ScenarioOutcome outcome = engine.check(bad, GoldenEngine.Update.NO);
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertTrue(outcome.detail().contains("-# exit: 2") && outcome.detail().contains("+# exit: 1"), outcome.detail());
        assertTrue(outcome.detail().startsWith("first difference: line 1\n"), "no serial for a line that is no record: "
                + outcome.detail());
        assertEquals(ScenarioOutcome.Change.UPDATED, engine.check(bad, GoldenEngine.Update.WRITE).change());
        assertTrue(Files.readString(dir.resolve("bad.err")).startsWith("# exit: 1\nbad.cscript:2:1: error: assertion failed"));
    }

    @Test
    void aRunawayScenarioTimesOutWithTheTraceSoFar() throws IOException {
        // no step limit: the loop would otherwise end at limits.steps before the timeout
        Path hang = scenario("hang", "config limits.steps = 9223372036854775807\n"
                + "auditctl(\"-a always,exit -S all\")\nlet t = fork()\nwhile true { }\n");
        ScenarioOutcome outcome = engine.check(hang, GoldenEngine.Update.WRITE);
        assertEquals(Verdict.TIMEOUT, outcome.verdict());
        assertEquals(1, outcome.trace().size(), "the fork's event was written before the loop: " + outcome.trace());
        assertFalse(Files.exists(dir.resolve("hang.trace")), "nothing is written for a scenario that timed out");
    }

    @Test
    void aBugOutOfTheRunnerIsAnInternalErrorWithItsStackTrace() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("s.zip"), Map.of("create", "true"))) {
            Path script = Files.writeString(zip.getPath("/a.cscript"), "let t = fork()\n");
            ScenarioOutcome outcome = engine.check(script, GoldenEngine.Update.NO);
            assertEquals(Verdict.FAIL, outcome.verdict());
            assertTrue(outcome.internal());
            assertTrue(outcome.detail().contains("internal error (this is a bug in cscript): "), outcome.detail());
            assertTrue(outcome.detail().contains("\tat "), outcome.detail());
        }
    }

    @Test
    void aGoldenThatCannotBeReadIsNotABug() throws IOException {
        Path script = scenario("a", "let t = fork()\nset_contid(t, 5)\n");
        Files.createDirectory(dir.resolve("a.trace"));
        for (GoldenEngine.Update update : GoldenEngine.Update.values()) {
            ScenarioOutcome outcome = engine.check(script, update);
            assertEquals(Verdict.FAIL, outcome.verdict());
            assertFalse(outcome.internal());
            assertTrue(outcome.detail().startsWith("cannot read " + dir.resolve("a.trace") + ": "), outcome.detail());
        }
    }

    @Test
    void anUpdateReplacesAGoldenThatIsALinkAndNeverWritesThroughIt() throws IOException {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("victim.txt"), "keep me\n");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path script = Files.writeString(tree.resolve("a.cscript"), "let t = fork()\nset_contid(t, 5)\n");
        Files.createSymbolicLink(tree.resolve("a.trace"), outside);
        assertEquals(ScenarioOutcome.Change.UPDATED, engine.check(script, GoldenEngine.Update.WRITE).change());
        assertEquals("keep me\n", Files.readString(outside), "the link's target is untouched");
        assertFalse(Files.isSymbolicLink(tree.resolve("a.trace")), "the golden is now a file of its own");
        assertEquals(Verdict.PASS, engine.check(script, GoldenEngine.Update.NO).verdict());
    }

    @Test
    void aGoldenThatIsNotUtf8FailsWithTheReason() throws IOException {
        Path script = scenario("a", "let t = fork()\nset_contid(t, 5)\n");
        Files.write(dir.resolve("a.trace"), new byte[] {'t', 'y', (byte) 0xFF, '\n'});
        ScenarioOutcome outcome = engine.check(script, GoldenEngine.Update.NO);
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("cannot read " + dir.resolve("a.trace") + ": it is not UTF-8 text", outcome.detail());
    }

    @Test
    void corpusSelectionAndSkips() throws IOException {
        Path a = scenario("a", "# tags: net\nlet t = fork()\n");
        Path b = scenario("b", "let t = fork()\n");
        Path c = scenario("c", "# skip: later\nlet t = fork()\n");
        Files.writeString(dir.resolve("gone.err"), "# exit: 1\n");
        Corpus corpus = Corpus.of(List.of(dir));
        assertEquals(List.of(a, b, c), corpus.scripts());
        assertEquals(List.of(dir.resolve("gone.err")), corpus.obsolete());
        GoldenRun tagged = new GoldenRun(RunOptions.defaults(System.err), new SuiteOptions(1, null, Set.of("net"), null,
                null, null, KnownFailures.NONE, GoldenEngine.Update.NO, false));
        assertEquals(List.of(a), tagged.select(corpus.scripts()));
        GoldenRun shard = new GoldenRun(RunOptions.defaults(System.err), new SuiteOptions(1, null, Set.of(),
                new SuiteOptions.Shard(2, 2), null, null, KnownFailures.NONE, GoldenEngine.Update.NO, false));
        assertEquals(List.of(b), shard.select(corpus.scripts()));
        assertNull(SuiteOptions.Shard.parse("0/2"));
        assertEquals(new SuiteOptions.Shard(1, 3), SuiteOptions.Shard.parse("1/3"));
        ScenarioOutcome skipped = engine.check(c, GoldenEngine.Update.NO);
        assertEquals(Verdict.SKIP, skipped.verdict());
        assertEquals("later", skipped.detail());
    }
}
