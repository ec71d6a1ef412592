package org.cscript.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.ConditionNode;
import org.cscript.nodes.CsExpressionNode;

/** {@code not a}. */
@NodeInfo(shortName = "not")
public final class NotNode extends CsExpressionNode {
    @Child private ConditionNode operand;

    public NotNode(CsExpressionNode operand) {
        this.operand = new ConditionNode(operand, "'not'");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.execute(frame);
    }
}
