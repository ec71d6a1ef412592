package org.cscript.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.Cell;

/** {@code let x = e} / {@code x = e} for a top-level variable (see {@link ReadGlobalNode}). */
@NodeInfo(shortName = "global=")
public final class WriteGlobalNode extends CsExpressionNode {
    private final Cell cell;
    @Child private CsExpressionNode value;

    public WriteGlobalNode(Cell cell, CsExpressionNode value) {
        this.cell = cell;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        cell.set(result);
        return result;
    }
}
