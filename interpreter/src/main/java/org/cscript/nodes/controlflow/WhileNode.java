package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.cscript.nodes.ConditionNode;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;

/** {@code while cond { }} as a Truffle LoopNode (OSR-capable). */
@NodeInfo(shortName = "while")
public final class WhileNode extends CsStatementNode {
    @Child private LoopNode loop;

    public WhileNode(CsExpressionNode condition, CsStatementNode body) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(condition, body));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    private static final class Repeating extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private LoopBodyNode body;

        Repeating(CsExpressionNode condition, CsStatementNode body) {
            this.condition = new ConditionNode(condition, "while");
            this.body = new LoopBodyNode(body);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return condition.execute(frame) && body.execute(frame);
        }
    }
}
