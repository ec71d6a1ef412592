package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsStatementNode;

/** {@code continue} (only inside a loop: checked statically). */
@NodeInfo(shortName = "continue")
public final class ContinueNode extends CsStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
