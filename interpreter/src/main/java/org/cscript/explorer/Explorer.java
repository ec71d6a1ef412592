package org.cscript.explorer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cscript.explore.Exploration;
import org.cscript.explore.Explorations;
import org.cscript.explore.Tally;
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
    /**
     * What an exploration found; {@code staticError} is set when the scenario cannot run (a
     * static error). A run that fails, also with an invariant violation or an internal error, is
     * a failing schedule of the tally.
     */
    public record Result(Tally tally, long runs, long cutShort, boolean reduced, String staticError,
            boolean stoppedAtLimit) {
    }

    private final RunOptions options;
    private final boolean reduce;
    private final long maxRuns;

    /**
     * {@code maxRuns}: the search stops after this many runs and says so (a guard against a huge
     * space). Every run checks the model's invariants after each operation.
     */
    public Explorer(RunOptions options, boolean reduce, long maxRuns) {
        this.options = options.withInvariantChecks(true);
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
                if (r.status() == ScenarioResult.Status.INVALID) {
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
