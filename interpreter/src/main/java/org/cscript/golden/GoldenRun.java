package org.cscript.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cscript.host.RunOptions;

/**
 * A golden suite: selects the scenarios of a {@link Corpus} (filter, tags, shard, shuffle), runs
 * them on a {@link GoldenEngine} with {@code jobs} threads, and hands each outcome to the caller in
 * run order, however the jobs finish, so output and reports are the same under any {@code -j}.
 */
public final class GoldenRun {
    private final RunOptions runOptions;
    private final SuiteOptions options;

    public GoldenRun(RunOptions runOptions, SuiteOptions options) {
        this.runOptions = runOptions;
        this.options = options;
    }

    /** The scenarios this run covers, in run order. */
    public List<Path> select(List<Path> scripts) throws IOException {
        List<Path> chosen = new ArrayList<>();
        for (Path script : scripts) {
            if (options.filter() != null && !options.filter().matcher(script.toString()).find()) {
                continue;
            }
            if (!options.tags().isEmpty() && Collections.disjoint(options.tags(), ScenarioHeader.read(script).tags())) {
                continue;
            }
            chosen.add(script);
        }
        if (options.shard() != null) {
            List<Path> mine = new ArrayList<>();
            for (int i = options.shard().index() - 1; i < chosen.size(); i += options.shard().count()) {
                mine.add(chosen.get(i));
            }
            chosen = mine;
        }
        if (options.shuffleSeed() != null) {
            Collections.shuffle(chosen, new Random(options.shuffleSeed()));
        }
        return chosen;
    }

    /** Runs the scenarios (already selected) and deals with the obsolete goldens; {@code each} sees every outcome in order. */
    public SuiteResult run(List<Path> scripts, List<Path> obsolete, Consumer<ScenarioOutcome> each) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        try (GoldenEngine engine = new GoldenEngine(runOptions, options.timeout());
                ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), GoldenRun::worker)) {
            List<Future<ScenarioOutcome>> pending = new ArrayList<>();
            for (Path script : scripts) {
                pending.add(pool.submit(() -> options.knownFailures().apply(engine.check(script, options.update()))));
            }
            for (Future<ScenarioOutcome> f : pending) {
                ScenarioOutcome o = result(f);
                outcomes.add(o);
                each.accept(o);
            }
        }
        return new SuiteResult(outcomes, obsoleteGoldens(obsolete));
    }

    private List<SuiteResult.Obsolete> obsoleteGoldens(List<Path> goldens) {
        List<SuiteResult.Obsolete> out = new ArrayList<>();
        for (Path golden : goldens) {
            if (options.update() == GoldenEngine.Update.WRITE) {
                try {
                    Files.deleteIfExists(golden);
                    out.add(new SuiteResult.Obsolete(golden, true, false, ""));
                } catch (IOException e) {
                    out.add(new SuiteResult.Obsolete(golden, false, true, "cannot remove it: " + GoldenEngine.reason(e)));
                }
            } else {
                out.add(new SuiteResult.Obsolete(golden, false, options.ci(), ""));
            }
        }
        return out;
    }

    private static ScenarioOutcome result(Future<ScenarioOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a scenario", e);
        } catch (ExecutionException e) {
            // GoldenEngine.check turns every failure into an outcome: anything else is a bug here
            throw new IllegalStateException("the golden engine failed", e.getCause());
        }
    }

    /** Daemon workers with the default stack: each scenario runs on its own deep-stack thread (ScenarioRunner). */
    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "cscript-test");
        t.setDaemon(true);
        return t;
    }
}
