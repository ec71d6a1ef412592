package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;

/** A sequence of statements ({@code { ... }} or a whole file). */
@NodeInfo(shortName = "block")
public final class BlockNode extends CsStatementNode {
    @Children private final CsStatementNode[] statements;

    public BlockNode(CsStatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (CsStatementNode statement : statements) {
            statement.executeVoid(frame);
        }
    }
}
