package org.cscript.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.Arrays;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CsList;
import org.cscript.runtime.ValueSizes;

/** {@code [a, b, ...]}: elements evaluated left to right. */
@NodeInfo(shortName = "list")
public final class ListLiteralNode extends CsExpressionNode {
    @Children private final CsExpressionNode[] elements;

    public ListLiteralNode(CsExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        ValueSizes.checkList(elements.length, this);
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].executeGeneric(frame);
        }
        return CsList.owning(Arrays.asList(values));
    }
}
