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

    /**
     * Runs the block and returns the value of its last statement, an expression (the REPL shows
     * it, as jshell does); Nil if the block is empty.
     */
    @ExplodeLoop
    public Object executeReturningLast(VirtualFrame frame) {
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            statements[i].executeVoid(frame);
        }
        if (last < 0) {
            return org.cscript.runtime.Nil.INSTANCE;
        }
        if (statements[last] instanceof CsExpressionNode value) {
            return value.executeGeneric(frame);
        }
        statements[last].executeVoid(frame);
        return org.cscript.runtime.Nil.INSTANCE;
    }
}
