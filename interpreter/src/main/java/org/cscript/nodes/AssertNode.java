package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Values;

/** {@code assert cond[, message]}: fails the scenario at this statement when cond is false. */
@NodeInfo(shortName = "assert")
public final class AssertNode extends CsStatementNode {
    @Child private ConditionNode condition;
    @Child private CsExpressionNode message;

    public AssertNode(CsExpressionNode condition, CsExpressionNode message) {
        this.condition = new ConditionNode(condition, "assert");
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!condition.execute(frame)) {
            CompilerDirectives.transferToInterpreter();
            String text = message == null ? "assertion failed"
                    : "assertion failed: " + Values.display(message.executeGeneric(frame));
            throw new CsError(text, this);
        }
    }
}
