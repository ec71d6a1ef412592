package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.cscript.runtime.CsFunction;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.ExplorationCut;
import org.cscript.runtime.Nil;
import org.cscript.runtime.Values;

/**
 * The root of a file. It first registers the file's functions (so calls may precede the
 * definition), then runs the top level. For the main script it then runs the final audit
 * check and, also when the scenario fails, hands the trace to the host (see
 * {@link CscriptContext#flushTrace}).
 */
@NodeInfo(language = "cscript", description = "a cscript file")
public final class ScriptRootNode extends RootNode {
    @Child private CsStatementNode body;
    @CompilationFinal(dimensions = 1) private final CsFunction[] functions;
    private final boolean main;
    private final boolean showsLastValue;
    private final SourceSection sourceSection;
    /** Set for a main script by the compiler: what its run needs of the trace ({@link CscriptContext#prepareTrace}). */
    @CompilationFinal private boolean readsTrace;
    @CompilationFinal private boolean assertsAudit;

    public ScriptRootNode(CscriptLanguage language, FrameDescriptor frame, CsStatementNode body, CsFunction[] functions,
            boolean main, SourceSection sourceSection) {
        this(language, frame, body, functions, main, false, sourceSection);
    }

    /**
     * With {@code showsLastValue} (a REPL input ending in a bare expression; the body is then a
     * BlockNode) the root returns that expression's display text, or Nil when its value is nil.
     */
    public ScriptRootNode(CscriptLanguage language, FrameDescriptor frame, CsStatementNode body, CsFunction[] functions,
            boolean main, boolean showsLastValue, SourceSection sourceSection) {
        super(language, frame);
        this.body = body;
        this.functions = functions;
        this.main = main;
        this.showsLastValue = showsLastValue && body instanceof BlockNode;
        this.sourceSection = sourceSection;
    }

    /** The program calls {@code trace()} ({@code readsTrace}) or asserts on the trace ({@code assertsAudit}). */
    public void traceNeeds(boolean readsTrace, boolean assertsAudit) {
        this.readsTrace = readsTrace;
        this.assertsAudit = assertsAudit;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        CscriptContext context = CscriptContext.get(this);
        registerFunctions(context);
        if (!main) {
            body.executeVoid(frame);
            return Nil.INSTANCE;
        }
        context.resetSteps();
        context.prepareTrace(readsTrace, assertsAudit);
        Object shown = Nil.INSTANCE;
        try {
            if (showsLastValue) {
                shown = ((BlockNode) body).executeReturningLast(frame);
            } else {
                body.executeVoid(frame);
            }
            context.finishAuditAssertions(body);
        } catch (ExplorationCut cut) {
            return Nil.INSTANCE;   // an explored order equivalent to one run already: no outcome
        } finally {
            if (context.explore() != null) {
                context.explore().finish();
            }
            context.flushTrace();
            context.publishCaughtErrnos();
            context.publishRecordKinds();
            context.publishTraceOrigins();
            context.publishSnapshots();
        }
        return shown == Nil.INSTANCE ? Nil.INSTANCE : display(shown);
    }

    @TruffleBoundary
    private static String display(Object value) {
        return Values.display(value);
    }

    @ExplodeLoop
    private void registerFunctions(CscriptContext context) {
        for (CsFunction function : functions) {
            context.functions().register(function);
        }
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return main ? "<script>" : "<module>";
    }
}
