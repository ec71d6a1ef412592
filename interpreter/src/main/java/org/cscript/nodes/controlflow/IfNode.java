package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.cscript.nodes.ConditionNode;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;

/** {@code if cond { } else { }}; the else part may be null. */
@NodeInfo(shortName = "if")
public final class IfNode extends CsStatementNode {
    @Child private ConditionNode condition;
    @Child private CsStatementNode thenPart;
    @Child private CsStatementNode elsePart;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(CsExpressionNode condition, CsStatementNode thenPart, CsStatementNode elsePart) {
        this.condition = new ConditionNode(condition, "if");
        this.thenPart = thenPart;
        this.elsePart = elsePart;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.execute(frame))) {
            thenPart.executeVoid(frame);
        } else if (elsePart != null) {
            elsePart.executeVoid(frame);
        }
    }
}
