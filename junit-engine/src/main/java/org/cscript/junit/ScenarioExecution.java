package org.cscript.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.ScenarioOutcome;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the discovered tree, one scenario at a time, each through {@link GoldenEngine#check}: a
 * pass is a success, a skip is a skipped test with the scenario's reason, a failure or timeout is
 * a failed test whose message is the diff or the diagnostics.
 */
final class ScenarioExecution {
    static final String GOLDEN_ENTRY = "cscript.golden";
    static final String OBSOLETE_ENTRY = "cscript.obsolete";

    private final EngineExecutionListener listener;
    private final EngineSettings settings;
    private final GoldenEngine.Update update;
    private GoldenEngine golden;

    private ScenarioExecution(EngineExecutionListener listener, EngineSettings settings) {
        this.listener = listener;
        this.settings = settings;
        this.update = settings.update() ? GoldenEngine.Update.WRITE : GoldenEngine.Update.NO;
    }

    static void execute(CscriptEngineDescriptor engine, EngineExecutionListener listener) {
        new ScenarioExecution(listener, engine.settings()).run(engine);
    }

    private void run(CscriptEngineDescriptor engine) {
        listener.executionStarted(engine);
        for (Path golden : engine.obsoleteToReport()) {
            report(engine, OBSOLETE_ENTRY, golden + " has no " + scriptName(golden)
                    + " (delete it, or restore the scenario)");
        }
        if (!engine.getChildren().isEmpty()) {
            // The shared polyglot engine is only started when there is something to run.
            try (GoldenEngine g = new GoldenEngine(settings.options(), settings.timeout())) {
                golden = g;
                engine.getChildren().forEach(this::runDescriptor);
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private void runDescriptor(TestDescriptor descriptor) {
        switch (descriptor) {
            case ScenarioDescriptor s -> runScenario(s);
            case MissingRootDescriptor m -> {
                listener.executionStarted(m);
                listener.executionFinished(m, TestExecutionResult.failed(failure(m.message())));
            }
            case ObsoleteGoldenDescriptor o -> {
                listener.executionStarted(o);
                listener.executionFinished(o, TestExecutionResult.failed(failure(
                        o.golden() + " is obsolete: " + scriptName(o.golden()) + " is gone (delete the golden,"
                                + " or restore the scenario)")));
            }
            default -> {
                listener.executionStarted(descriptor);
                descriptor.getChildren().forEach(this::runDescriptor);
                listener.executionFinished(descriptor, TestExecutionResult.successful());
            }
        }
    }

    private void runScenario(ScenarioDescriptor scenario) {
        ScenarioOutcome outcome = golden.check(scenario.script(), update);
        if (outcome.verdict() == org.cscript.golden.Verdict.SKIP) {
            listener.executionSkipped(scenario, outcome.detail());
            return;
        }
        listener.executionStarted(scenario);
        if (outcome.change() != ScenarioOutcome.Change.NONE) {
            report(scenario, GOLDEN_ENTRY, outcome.change().word() + " " + goldenOf(scenario.script()));
        }
        listener.executionFinished(scenario, outcome.verdict().failed()
                ? TestExecutionResult.failed(failure(outcome.detail()))
                : TestExecutionResult.successful());
    }

    /**
     * A report entry, for IDEs and listeners, and a line on standard output, because Surefire drops
     * report entries (it shows a test's output on the console and in its XML report).
     */
    private void report(TestDescriptor descriptor, String key, String value) {
        listener.reportingEntryPublished(descriptor, ReportEntry.from(key, value));
        System.out.println(key + ": " + value);
    }

    /** A failure whose message is all there is to say: the engine's stack says nothing about the scenario. */
    private static AssertionFailedError failure(String message) {
        AssertionFailedError e = new AssertionFailedError(message);
        e.setStackTrace(new StackTraceElement[0]);
        return e;
    }

    /** NAME.trace, or NAME.err when that is the one there is (after an update, exactly one is). */
    private static Path goldenOf(Path script) {
        Path trace = sibling(script, ".trace");
        return Files.exists(trace) ? trace : sibling(script, ".err");
    }

    private static String scriptName(Path golden) {
        return sibling(golden, ".cscript").getFileName().toString();
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + extension);
    }
}
