package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsStatementNode;

/** {@code break} (only inside a loop: checked statically). */
@NodeInfo(shortName = "break")
public final class BreakNode extends CsStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
