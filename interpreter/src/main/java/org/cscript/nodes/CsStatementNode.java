package org.cscript.nodes;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.Map;

/**
 * Base of all cscript nodes. A node remembers its character range in the source so that errors
 * point at the exact expression (FILE:LINE:COL plus caret). Statements and function bodies are
 * instrumentable (statement and root tags), so Truffle tools such as the debugger and the CPU
 * sampler can see them; calls carry the call tag ({@code CallNode}, builtins). At any node a tool
 * sees the locals declared in the blocks around it and the globals ({@link LocalScope}).
 */
@NodeInfo(language = "cscript", description = "a cscript statement")
@GenerateWrapper
@ExportLibrary(NodeLibrary.class)
public abstract class CsStatementNode extends Node implements InstrumentableNode {
    private int sourceStart = -1;
    private int sourceLength;
    private boolean statement;
    private boolean rootBody;
    /** The locals this node's block (or loop) declares, for the debugger's scope; null: none. */
    private LocalScope.Declared declaredLocals;

    public abstract void executeVoid(VirtualFrame frame);

    public final void setSourceRange(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
    }

    public final boolean hasSourceRange() {
        return sourceStart >= 0;
    }

    /** Marks a statement of the script (a step for the debugger, a line for coverage). */
    public final void markStatement() {
        statement = true;
    }

    /** Marks the body of a function or file (the root tag of Truffle tools). */
    public final void markRootBody() {
        rootBody = true;
    }

    /** Records the names and slots the block (or loop) declares: what the debugger shows as its locals. */
    public final void declareLocals(Map<String, Integer> locals) {
        declaredLocals = locals.isEmpty() ? null : LocalScope.Declared.of(locals);
    }

    final LocalScope.Declared declaredLocals() {
        return declaredLocals;
    }

    @ExportMessage
    boolean hasScope(Frame frame) {
        return true;
    }

    @ExportMessage
    Object getScope(Frame frame, boolean nodeEnter) {
        return LocalScope.at(this, frame == null ? null : frame.materialize());
    }

    @Override
    public boolean isInstrumentable() {
        return hasSourceRange();
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return (tag == StandardTags.StatementTag.class && statement)
                || ((tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class) && rootBody);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new CsStatementNodeWrapper(this, probe);
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceStart < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null || root.getSourceSection() == null) {
            return null;
        }
        Source source = root.getSourceSection().getSource();
        return source.createSection(sourceStart, sourceLength);
    }
}
