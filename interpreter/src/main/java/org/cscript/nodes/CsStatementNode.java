package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all cscript nodes. A node remembers its character range in the source so that errors
 * point at the exact expression (FILE:LINE:COL plus caret). Statements and function bodies are
 * instrumentable (statement and root tags), so Truffle tools such as the debugger and the CPU
 * sampler can see them.
 */
@NodeInfo(language = "cscript", description = "a cscript statement")
@GenerateWrapper
public abstract class CsStatementNode extends Node implements InstrumentableNode {
    private int sourceStart = -1;
    private int sourceLength;
    private boolean statement;
    private boolean rootBody;

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
