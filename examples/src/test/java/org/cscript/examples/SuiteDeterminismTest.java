package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cscript.golden.Corpus;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.GoldenRun;
import org.cscript.golden.KnownFailures;
import org.cscript.golden.ScenarioOutcome;
import org.cscript.golden.SuiteOptions;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * The examples give the same verdicts and traces whatever the number of jobs and the order:
 * scenarios share an engine but nothing else (the optimizing runtime is compared with the
 * interpreter-only one by the interpreter module's jit-runtime execution).
 */
class SuiteDeterminismTest {

    @Test
    void oneJobManyJobsAndAShuffledOrderAgree() throws IOException {
        List<Path> scripts = Corpus.of(List.of(Path.of("").toAbsolutePath())).scripts();
        Map<Path, String> sequential = results(scripts, 1, null);
        assertEquals(scripts.size(), sequential.size());
        assertEquals(sequential, results(scripts, 4, null), "-j 4");
        assertEquals(sequential, results(scripts, 2, 20261201L), "--shuffle 20261201 -j 2");
    }

    /** Per scenario, its verdict and its trace. */
    private static Map<Path, String> results(List<Path> scripts, int jobs, Long shuffle) throws IOException {
        SuiteOptions options = new SuiteOptions(jobs, null, Set.of(), null, shuffle, null, KnownFailures.NONE,
                GoldenEngine.Update.NO, false);
        GoldenRun run = new GoldenRun(RunOptions.defaults(System.err), options);
        Map<Path, String> out = new TreeMap<>();
        for (ScenarioOutcome o : run.run(run.select(scripts), List.of(), o -> { }).outcomes()) {
            out.put(o.script(), o.verdict() + "\n" + String.join("\n", o.trace()));
        }
        return out;
    }
}
