package org.cscript.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.cscript.nodes.ConditionNode;
import org.cscript.nodes.CsExpressionNode;

/** {@code a and b} / {@code a or b}: the right operand runs only when it decides the result. */
@NodeInfo(shortName = "and/or")
public final class LogicalNode extends CsExpressionNode {
    @Child private ConditionNode left;
    @Child private ConditionNode right;
    private final boolean isAnd;
    private final CountingConditionProfile shortCircuit = CountingConditionProfile.create();

    public LogicalNode(CsExpressionNode left, CsExpressionNode right, boolean isAnd) {
        String what = "'" + (isAnd ? "and" : "or") + "'";
        this.left = new ConditionNode(left, what);
        this.right = new ConditionNode(right, what);
        this.isAnd = isAnd;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        boolean first = left.execute(frame);
        if (shortCircuit.profile(first != isAnd)) {
            return first;
        }
        return right.execute(frame);
    }
}
