package org.cscript.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cscript.coverage.ProvenCheck;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.GuestContexts;
import org.cscript.host.sandbox.ScenarioFiles;
import org.cscript.kernel.TakenSnapshot;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.RecordKinds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs or checks a scenario file through a fresh polyglot Context (and so a fresh kernel) per
 * call. User errors never escape as exceptions: they are printed to {@code options.err()} and
 * mapped to a {@link ScenarioResult.Status}. The options are valid by construction, so they are
 * not checked here (a bad option is the caller's one error, not one per scenario).
 *
 * <p>Optionally the contexts share one polyglot {@link Engine} (parallel golden runs: each
 * scenario still has its own context and kernel), a run is cancelled after a timeout, and the
 * trace is echoed to a stream as it is produced ({@code cscript run}).
 */
public final class ScenarioRunner {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cscript-timeout");
        t.setDaemon(true);
        return t;
    });

    private final RunOptions options;
    private final Engine engine;
    private final Duration timeout;
    private final OutputStream echo;
    /** The id of the exploration the runs report to (cscript explore), or null. */
    private final String exploration;
    /** Whether the trace is written as JSON objects (docs/json.md) rather than lines. */
    private final boolean json;

    public ScenarioRunner(RunOptions options) {
        this(options, null, null, null, null, false);
    }

    private ScenarioRunner(RunOptions options, Engine engine, Duration timeout, OutputStream echo, String exploration,
            boolean json) {
        this.options = options;
        this.engine = engine;
        this.timeout = timeout;
        this.echo = echo;
        this.exploration = exploration;
        this.json = json;
    }

    /** The same runner creating its contexts on {@code shared}. */
    public ScenarioRunner onEngine(SharedEngine shared) {
        return new ScenarioRunner(options, shared.engine, timeout, echo, exploration, json);
    }

    /** The same runner cancelling a run that has not finished after {@code limit}: status TIMED_OUT. */
    public ScenarioRunner withTimeout(Duration limit) {
        return new ScenarioRunner(options, engine, limit, echo, exploration, json);
    }

    /**
     * The same runner writing each trace line to {@code out} as soon as it is produced, and
     * keeping none: the result's trace, origins and proven checks are empty, and the run's
     * memory does not grow with its trace.
     */
    public ScenarioRunner streamingTraceTo(OutputStream out) {
        return new ScenarioRunner(options, engine, timeout, out, exploration, json);
    }

    /**
     * The same runner streaming the trace as JSON (docs/json.md): one object per record, each on
     * its own line, with the statement that wrote it. Only with {@link #streamingTraceTo}: a
     * trace the host keeps stays lines, {@link ScenarioResult#traceJson} converts it.
     */
    public ScenarioRunner streamingJson() {
        return new ScenarioRunner(options, engine, timeout, echo, exploration, true);
    }


    /** The same runner whose runs report to the exploration {@code id} ({@code cscript explore}). */
    public ScenarioRunner exploring(String id) {
        return new ScenarioRunner(options, engine, timeout, echo, id, json);
    }

    /** Parses, checks and runs the script; the trace is returned also when it fails. */
    public ScenarioResult run(Path script) {
        return execute(script, true);
    }

    /** Parses and statically checks the script without running it. */
    public ScenarioResult check(Path script) {
        return execute(script, false);
    }

    /** "Interpreted" for the fallback runtime, "GraalVM ..." when the JIT compiler is live. */
    public static String engineImplementationName() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            return engine.getImplementationName();
        }
    }

    /**
     * Runs the script keeping its {@code snapshot()} states and its end state ({@code cscript
     * draw}): the result holds the trace as {@link #run} does, and the snapshots the script took,
     * the end (or the point where it failed) last, labelled "end"; none when it did not run
     * (a syntax error, an unreadable file, a timeout).
     */
    public SnapshotRun runWithSnapshots(Path script) {
        String[] published = {null};
        ScenarioResult result = DeepStack.call(() -> executeHere(script, true, true, context -> {
            Value value = context.getPolyglotBindings().getMember(CscriptContext.SNAPSHOTS_BINDING);
            published[0] = value == null || !value.isString() ? null : value.asString();
        }));
        return new SnapshotRun(result, published[0] == null ? List.of() : TakenSnapshot.decodeAll(published[0]));
    }

    private ScenarioResult execute(Path script, boolean run) {
        return DeepStack.call(() -> executeHere(script, run, false, context -> { }));
    }

    /** {@code readout}: what else to read from the context after the run (not after a timeout). */
    private ScenarioResult executeHere(Path script, boolean run, boolean snapshots, Consumer<Context> readout) {
        PrintStream err = options.err();
        Source source;
        ConfinedFileSystem files;
        try {
            ScenarioSource scenario = ScenarioSource.of(script, ScenarioFiles.read(script), options);
            source = scenario.source();
            files = scenario.files();
        } catch (ScenarioSource.OutsideImportRoot e) {
            err.println("cscript: cannot run " + script + ": it is outside --import-root " + e.root);
            return new ScenarioResult(ScenarioResult.Status.INVALID, List.of());
        } catch (IOException e) {
            err.println("cscript: cannot read " + script + ": " + e.getMessage());
            return new ScenarioResult(ScenarioResult.Status.INVALID, List.of());
        }
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ScenarioResult.Status status;
        List<ProvenCheck> proven = List.of();
        List<String> origins = List.of();
        boolean[] timedOut = {false};
        String kept = echo == null ? CscriptLanguage.TRACE_KEPT_BY_HOST : CscriptLanguage.TRACE_KEPT_NOWHERE;
        String format = json && echo != null ? CscriptLanguage.TRACE_FORMAT_JSON : CscriptLanguage.TRACE_FORMAT_TEXT;
        // the tools (--inspect, --cpusampler ...) are an engine's: one of the run's own, so that what they print goes to err
        Engine own = engine == null && !options.tools().isEmpty() ? toolEngine(options) : null;
        try (Context context = newContext(options, echo == null ? trace : echo, own != null ? own : engine, files, kept,
                exploration, format, snapshots)) {
            ScheduledFuture<?> cancel = timeout == null ? null : WATCHDOG.schedule(() -> {
                timedOut[0] = true;
                context.close(true);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (run) {
                    context.eval(source);
                } else {
                    context.parse(source);
                }
                status = ScenarioResult.Status.OK;
            } catch (PolyglotException e) {
                status = e.isCancelled() && timedOut[0] ? ScenarioResult.Status.TIMED_OUT : GuestErrors.report(e, err);
            } finally {
                if (cancel != null) {
                    cancel.cancel(false);
                }
            }
            if (status != ScenarioResult.Status.TIMED_OUT && echo == null) {
                // a streamed run keeps nothing of its trace, and nobody asks it what it proved:
                // placing the checks would load the whole errno catalogue for nothing
                proven = provenChecks(context);
                origins = traceOrigins(context);
                readout.accept(context);
                if (options.tools().coverage() != null) {
                    options.tools().coverage().addRun(proven, recordKinds(context));
                }
            }
        } catch (PolyglotException e) {
            // failures while closing the context; a cancelled one is closed already
            status = timedOut[0] ? ScenarioResult.Status.TIMED_OUT : GuestErrors.report(e, err);
        } finally {
            if (own != null) {
                SharedEngine.collectCoverage(own, options.tools());
                own.close();   // the CPU sampler prints its histogram here
            }
        }
        List<String> lines = lines(trace);
        return new ScenarioResult(status, lines, proven, origins.size() == lines.size() ? origins : List.of());
    }

    /** Where each trace line came from, as the language published it (CscriptContext.publishTraceOrigins). */
    private static List<String> traceOrigins(Context context) {
        Value published = context.getPolyglotBindings().getMember(CscriptContext.TRACE_ORIGINS_BINDING);
        return published == null || !published.isString() ? List.of() : List.of(published.asString().split("\n", -1));
    }

    /** The builtin and record type pairs the run noted (cscript.RecordKinds), as the language published them. */
    private static String[][] recordKinds(Context context) {
        Value published = context.getPolyglotBindings().getMember(RecordKinds.BINDING);
        return RecordKinds.decode(published == null || !published.isString() ? null : published.asString());
    }

    /** The errno checks the run's expect statements proved, as the language published them. */
    private static List<ProvenCheck> provenChecks(Context context) {
        Value published = context.getPolyglotBindings().getMember(ProvenCheck.BINDING);
        return published == null || !published.isString() ? List.of() : ProvenCheck.decode(published.asString());
    }

    /** An engine with the run's Truffle tools on, printing to the run's diagnostics stream. */
    private static Engine toolEngine(RunOptions options) {
        return PolyglotSystemProperties.building(() -> Engine.newBuilder().option("engine.WarnInterpreterOnly", "false")
                .options(options.tools().engineOptions())
                .out(options.err()).err(options.err()).build());   // tools print to env.out(): never into the trace
    }

    /** A context for one scenario (or one REPL session): its stdout receives the trace; it reads only {@code files}. */
    static Context newContext(RunOptions options, OutputStream trace, ConfinedFileSystem files) {
        return newContext(options, trace, null, files, CscriptLanguage.TRACE_KEPT_IN_KERNEL, null,
                CscriptLanguage.TRACE_FORMAT_TEXT, false);
    }

    /** A context for a static check on {@code shared} (the language server's): it keeps no trace. */
    static Context newCheckingContext(RunOptions options, Engine shared, ConfinedFileSystem files) {
        return newContext(options, OutputStream.nullOutputStream(), shared, files, CscriptLanguage.TRACE_KEPT_NOWHERE, null,
                CscriptLanguage.TRACE_FORMAT_TEXT, false);
    }

    /**
     * {@code kept}: the language's cscript.TraceKept, who keeps the trace written to {@code trace};
     * {@code format}: its cscript.TraceFormat, how the trace reads.
     */
    private static Context newContext(RunOptions options, OutputStream trace, Engine shared, ConfinedFileSystem files,
            String kept, String exploration, String format, boolean snapshots) {
        Context.Builder builder = GuestContexts.builder(CscriptLanguage.ID, files)
                .out(trace)
                .err(options.err());
        if (shared != null) {
            builder.engine(shared);   // engine options are the shared engine's
        } else {
            builder.option("engine.WarnInterpreterOnly", "false");
        }
        builder.option("cscript.Settings", CscriptLanguage.encodeSettings(options.settings()))
                .option("cscript.CheckInvariants", Boolean.toString(options.checkInvariants()))
                .option("cscript.TraceKept", kept);
        if (!format.equals(CscriptLanguage.TRACE_FORMAT_TEXT)) {
            builder.option("cscript.TraceFormat", format);
        }
        if (options.profile() != null) {
            builder.option("cscript.Profile", options.profile());   // otherwise the option's default, seed
        }
        if (exploration != null) {
            builder.option("cscript.Explore", exploration);
        }
        if (snapshots) {
            builder.option("cscript.Snapshots", "true");
        }
        if (options.tools().coverage() != null) {
            builder.option("cscript.RecordKinds", "true");
        }
        return PolyglotSystemProperties.building(builder::build);
    }

    /** The non-empty lines the language wrote to the context's stdout: the trace. */
    static List<String> lines(ByteArrayOutputStream trace) {
        String text = trace.toString(StandardCharsets.UTF_8);
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                result.add(line);
            }
        }
        return result;
    }
}
