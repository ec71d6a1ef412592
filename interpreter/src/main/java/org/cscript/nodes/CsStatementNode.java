package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all cscript nodes. A node remembers its character range in the source so that errors
 * point at the exact expression (FILE:LINE:COL plus caret).
 */
@NodeInfo(language = "cscript", description = "a cscript statement")
public abstract class CsStatementNode extends Node {
    private int sourceStart = -1;
    private int sourceLength;

    public abstract void executeVoid(VirtualFrame frame);

    public final void setSourceRange(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
    }

    public final boolean hasSourceRange() {
        return sourceStart >= 0;
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
