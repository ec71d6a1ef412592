package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CsErrnoException;
import org.cscript.runtime.ErrnoValue;

/** {@code try expr}: the value of expr, or the errno value if a kernel operation in it failed. */
@NodeInfo(shortName = "try")
public final class TryNode extends CsExpressionNode {
    @Child private CsExpressionNode operand;
    private final BranchProfile failed = BranchProfile.create();

    public TryNode(CsExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        try {
            return operand.executeGeneric(frame);
        } catch (CsErrnoException e) {
            failed.enter();
            return ErrnoValue.of(e.errno());
        }
    }
}
