package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.ReturnException;
import org.cscript.runtime.Nil;

/** {@code return [expr]} (only inside a function: checked statically). */
@NodeInfo(shortName = "return")
public final class ReturnNode extends CsStatementNode {
    @Child private CsExpressionNode value;

    public ReturnNode(CsExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? Nil.INSTANCE : value.executeGeneric(frame));
    }
}
