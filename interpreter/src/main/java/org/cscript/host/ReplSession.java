package org.cscript.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.ImportRoot;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One kernel and one polyglot Context for a sequence of inputs (the REPL): variables, functions,
 * imports, the acting-task state and the assert_audit position carry over from one input to the
 * next. Diagnostics go to {@code options.err()} as for {@link ScenarioRunner}. {@link #reset}
 * starts over on a fresh context; {@link #interrupt} stops a running input and keeps the session.
 * What the REPL shows of the kernel ({@link #inspect}) comes out as plain data.
 */
public final class ReplSession implements AutoCloseable {
    private RunOptions options;
    private final ByteArrayOutputStream trace = new ByteArrayOutputStream();
    private volatile Context context;
    private volatile boolean interrupted;
    private int inputs;

    /**
     * A session on a kernel configured by {@code options} (valid by construction); its imports are
     * relative to the working folder and confined to it, or to the options' import root.
     *
     * @throws InvalidOptionsException if the import root does not contain the working folder
     */
    public ReplSession(RunOptions options) {
        this.options = options;
        this.context = ScenarioRunner.newContext(options, trace, files(options));
    }

    /** Imports typed at the prompt resolve from the working folder and stay in it (or in --import-root). */
    private static ConfinedFileSystem files(RunOptions options) {
        try {
            ImportRoot working = ImportRoot.workingFolder();
            ImportRoot root = options.importRoot() == null ? working : options.importRoot();
            if (!root.contains(working.folder())) {
                throw new InvalidOptionsException("--import-root " + root.shownAs()
                        + " does not contain the working folder, where the REPL's imports start");
            }
            return new ConfinedFileSystem(root);
        } catch (IOException e) {
            throw new InvalidOptionsException("cannot use the working folder as the import root: " + e.getMessage());
        }
    }

    /** The options the current kernel was made with (the profile and --set knobs). */
    public RunOptions options() {
        return options;
    }

    /**
     * Runs one input (one or more statements). The result's trace holds the lines this input
     * emitted; pending assert_no_audit checks are decided at the end of each input. An input
     * ending in a bare expression also returns its value's text (nil: none).
     */
    public ReplOutcome eval(String code) {
        return eval(code, null);
    }

    /** As {@link #eval(String)}, with diagnostics naming {@code name} (a loaded file) instead of "&lt;input N&gt;". */
    public ReplOutcome eval(String code, String name) {
        inputs++;
        Source source = Source.newBuilder(CscriptLanguage.ID, code, name == null ? "<input " + inputs + ">" : name)
                .mimeType(CscriptLanguage.REPL_MIME_TYPE).cached(false).buildLiteral();
        ScenarioResult.Status status;
        String shown = null;
        interrupted = false;
        try {
            Value value = DeepStack.call(() -> context.eval(source));
            shown = value.isString() ? value.asString() : null;
            status = ScenarioResult.Status.OK;
        } catch (PolyglotException e) {
            if (e.isInterrupted() || interrupted && e.isCancelled()) {
                options.err().println("interrupted");
                status = ScenarioResult.Status.FAILED;
            } else {
                status = GuestErrors.report(e, options.err());
            }
        }
        List<String> lines = ScenarioRunner.lines(trace);
        trace.reset();
        return new ReplOutcome(status, lines, shown);
    }

    /**
     * Stops the input running now (from another thread: the terminal's Ctrl-C handler); the
     * context stays usable. Returns false if it did not stop within {@code patience}.
     */
    public boolean interrupt(Duration patience) {
        interrupted = true;
        try {
            context.interrupt(patience);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Starts over: a fresh context and kernel on {@code next} options (no variables, no trace). */
    public void reset(RunOptions next) {
        Context old = context;
        options = next;
        trace.reset();
        context = ScenarioRunner.newContext(next, trace, files(next));
        old.close(true);
    }

    /** The variables defined so far with their values as a list shows them (strings quoted). */
    public Map<String, String> variables() {
        return inspect(KernelViews::variables);
    }

    /** What the REPL shows of the kernel; an unbooted kernel is not booted by looking. */
    public <T> T inspect(Function<KernelViews, T> look) {
        context.initialize(CscriptLanguage.ID);   // a fresh context creates the language's only on demand
        context.enter();
        try {
            return look.apply(new KernelViews(CscriptContext.get(null)));
        } finally {
            context.leave();
        }
    }

    @Override
    public void close() {
        context.close(true);
    }
}
