package org.cscript.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CscriptContext;

/** {@code let x = e} / {@code x = e} for a top-level variable (see {@link ReadGlobalNode}). */
@NodeInfo(shortName = "global=")
public final class WriteGlobalNode extends CsExpressionNode {
    private final String name;
    @Child private CsExpressionNode value;

    public WriteGlobalNode(String name, CsExpressionNode value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        CscriptContext.get(this).globals().write(name, result);
        return result;
    }
}
