package org.cscript.compare;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/**
 * Runs one scenario under the seed profile and under the upstream profile, each on its own
 * fresh kernel with the same --set knobs, and compares the two traces. Each run's diagnostics
 * (and {@code print} output) are kept apart, so the caller can say which profile failed and
 * show that run's located error message as {@code cscript run} prints it.
 */
public final class ProfileComparison {
    /**
     * Both runs and their comparison.
     *
     * @param seedDiagnostics what the seed run wrote to standard error (its error message, print output)
     */
    public record Outcome(Comparison comparison, ScenarioResult seed, String seedDiagnostics, ScenarioResult upstream,
            String upstreamDiagnostics) {
        /** The run of this side. */
        public ScenarioResult result(Comparison.Side side) {
            return side == Comparison.Side.SEED ? seed : upstream;
        }

        /** What that run wrote to standard error. */
        public String diagnostics(Comparison.Side side) {
            return side == Comparison.Side.SEED ? seedDiagnostics : upstreamDiagnostics;
        }
    }

    private final RunOptions options;
    private final Duration timeout;

    /**
     * @param options the knobs, checks and import root both runs share; their profile is replaced
     * @param timeout how long each run may take, or null for no limit
     */
    public ProfileComparison(RunOptions options, Duration timeout) {
        this.options = options;
        this.timeout = timeout;
    }

    /** Runs {@code script} under both profiles, seed first, and pairs their events. */
    public Outcome run(Path script) {
        ByteArrayOutputStream seedErr = new ByteArrayOutputStream();
        ByteArrayOutputStream upstreamErr = new ByteArrayOutputStream();
        ScenarioResult seed = runUnder(Comparison.Side.SEED, script, seedErr);
        ScenarioResult upstream = runUnder(Comparison.Side.UPSTREAM, script, upstreamErr);
        boolean seedOk = seed.status() == ScenarioResult.Status.OK;
        boolean upstreamOk = upstream.status() == ScenarioResult.Status.OK;
        Comparison.Side failed = seedOk == upstreamOk ? null : seedOk ? Comparison.Side.UPSTREAM : Comparison.Side.SEED;
        Comparison comparison = Comparison.of(seed.trace(), seed::originOf, upstream.trace(), upstream::originOf, failed);
        return new Outcome(comparison, seed, text(seedErr), upstream, text(upstreamErr));
    }

    private ScenarioResult runUnder(Comparison.Side side, Path script, ByteArrayOutputStream err) {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        ScenarioRunner runner = new ScenarioRunner(options.withProfile(side.profile()).withErr(stream));
        if (timeout != null) {
            runner = runner.withTimeout(timeout);
        }
        ScenarioResult result = runner.run(script);
        stream.flush();
        return result;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
