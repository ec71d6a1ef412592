package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cscript.golden.Corpus;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.GoldenRun;
import org.cscript.golden.KnownFailures;
import org.cscript.golden.ScenarioOutcome;
import org.cscript.golden.SuiteOptions;
import org.cscript.golden.SuiteResult;
import org.cscript.golden.Verdict;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * The examples' goldens were written by the interpreter-only runtime; under the optimizing one
 * (the surefire execution "jit-runtime", with every call target compiled at once and in the
 * foreground: polyglot.engine.CompileImmediately, BackgroundCompilation=false) every example
 * must print exactly the same trace.
 */
class JitGoldenExamplesTest {
    @Test
    void everyExamplePrintsItsGoldenUnderTheOptimizingRuntime() throws IOException {
        assertTrue(ScenarioRunner.engineImplementationName().startsWith("GraalVM"), "not the optimizing runtime");
        Path examples = Path.of("..", "examples");
        Corpus corpus = Corpus.of(List.of(examples));
        SuiteOptions options = new SuiteOptions(2, null, java.util.Set.of(), null, null, null, KnownFailures.NONE,
                GoldenEngine.Update.NO, false);
        SuiteResult result = new GoldenRun(RunOptions.defaults(System.err), options).run(corpus.scripts(), List.of(), o -> { });
        assertTrue(result.outcomes().size() >= 60, "examples found: " + result.outcomes().size());
        for (ScenarioOutcome o : result.outcomes()) {
            assertEquals(Verdict.PASS, o.verdict(), () -> o.script() + "\n" + o.detail());
        }
    }
}
