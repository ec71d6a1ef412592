package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.cscript.runtime.CsFunction;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.Nil;

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
    private final SourceSection sourceSection;

    public ScriptRootNode(CscriptLanguage language, FrameDescriptor frame, CsStatementNode body, CsFunction[] functions,
            boolean main, SourceSection sourceSection) {
        super(language, frame);
        this.body = body;
        this.functions = functions;
        this.main = main;
        this.sourceSection = sourceSection;
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
        try {
            body.executeVoid(frame);
            context.auditAssertions().finish(body);
        } finally {
            context.flushTrace();
            context.publishCaughtErrnos();
            context.publishTraceOrigins();
        }
        return Nil.INSTANCE;
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
