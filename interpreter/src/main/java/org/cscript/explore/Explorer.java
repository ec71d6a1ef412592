package org.cscript.explore;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.cscript.host.SharedEngine;

/**
 * {@code cscript explore}: runs a scenario once per schedule of its concurrently blocks, each
 * run on a fresh kernel in a fresh context of one shared engine, until the search
 * ({@link Exploration}) has covered every schedule that can differ, and gathers the results.
 */
public final class Explorer {
    /** What an exploration found; {@code staticError} is set when a run could not be explored (a static error, or a bug: an internal error). */
    public record Result(Tally tally, long runs, long cutShort, boolean reduced, String staticError,
            boolean stoppedAtLimit) {
    }

    private final RunOptions options;
    private final boolean reduce;
    private final long maxRuns;

    /** {@code maxRuns}: the search stops after this many runs and says so (a guard against a huge space). */
    public Explorer(RunOptions options, boolean reduce, long maxRuns) {
        this.options = options;
        this.reduce = reduce;
        this.maxRuns = maxRuns;
    }

    public Result explore(Path script) {
        Tally tally = new Tally();
        Exploration search = new Exploration(reduce, tally);
        String id = Explorations.register(search);
        boolean limited = false;
        try (SharedEngine engine = new SharedEngine()) {
            do {
                if (search.runs() >= maxRuns) {
                    limited = true;
                    break;
                }
                search.startRun();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                ScenarioResult r = new ScenarioRunner(options.withErr(new PrintStream(err, true, StandardCharsets.UTF_8)))
                        .onEngine(engine).streamingTraceTo(OutputStream.nullOutputStream()).exploring(id).run(script);
                String error = err.toString(StandardCharsets.UTF_8).stripTrailing();
                if (r.status() == ScenarioResult.Status.INVALID || r.status() == ScenarioResult.Status.INTERNAL_ERROR) {
                    return new Result(tally, search.runs(), search.cutShortRuns(), reduce, error, false);
                }
                search.finishRun(r.status() == ScenarioResult.Status.OK ? null : error);
            } while (search.nextRun());
        } finally {
            Explorations.unregister(id);
        }
        return new Result(tally, search.runs(), search.cutShortRuns(), reduce, null, limited);
    }
}
