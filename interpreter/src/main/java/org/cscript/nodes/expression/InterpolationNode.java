package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.ValueSizes;
import org.cscript.runtime.Values;

/** {@code "pid ${t.pid}"}: the text parts and the display text of each interpolated expression. */
@NodeInfo(shortName = "interpolation")
public final class InterpolationNode extends CsExpressionNode {
    @Children private final CsExpressionNode[] parts;

    public InterpolationNode(CsExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            texts[i] = display(parts[i].executeGeneric(frame));
        }
        return ValueSizes.checkString(join(texts), this);
    }

    @TruffleBoundary
    private static String display(Object value) {
        return Values.display(value);
    }

    @TruffleBoundary
    private static String join(String[] texts) {
        return String.join("", texts);
    }
}
