package org.cscript.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.ImportRoot;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * One kernel and one polyglot Context for a sequence of inputs (the REPL): variables, functions,
 * imports, the acting-task state and the assert_audit position carry over from one input to the
 * next. Diagnostics go to {@code options.err()} as for {@link ScenarioRunner}.
 */
public final class ReplSession implements AutoCloseable {
    private final RunOptions options;
    private final ByteArrayOutputStream trace = new ByteArrayOutputStream();
    private final Context context;
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

    /**
     * Runs one input (one or more statements). The result's trace holds the lines this input
     * emitted; pending assert_no_audit checks are decided at the end of each input.
     */
    public ScenarioResult eval(String code) {
        inputs++;
        Source source = Source.newBuilder(CscriptLanguage.ID, code, "<input " + inputs + ">").cached(false).buildLiteral();
        ScenarioResult.Status status;
        try {
            context.eval(source);
            status = ScenarioResult.Status.OK;
        } catch (PolyglotException e) {
            status = ScenarioRunner.report(e, options.err());
        }
        List<String> lines = ScenarioRunner.lines(trace);
        trace.reset();
        return new ScenarioResult(status, lines);
    }

    @Override
    public void close() {
        context.close(true);
    }
}
