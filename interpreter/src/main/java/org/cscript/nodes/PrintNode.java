package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.Values;

/** {@code print expr}: one line on standard error, never into the trace (language.md "Output"). */
@NodeInfo(shortName = "print")
public final class PrintNode extends CsStatementNode {
    @Child private CsExpressionNode value;

    public PrintNode(CsExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        print(CscriptContext.get(this), value.executeGeneric(frame));
    }

    @TruffleBoundary
    private static void print(CscriptContext context, Object value) {
        context.err().println(Values.display(value));
    }
}
