package org.cscript.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;

/** A literal or named constant ("text", true, nil, EPERM, CAP_SYS_ADMIN, a BigInteger literal). */
@NodeInfo(shortName = "const")
public final class ConstantNode extends CsExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
