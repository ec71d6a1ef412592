package org.cscript.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CsError;

/**
 * Reads a top-level variable. Top-level {@code let}s of the script and of imported modules are
 * globals of the context, so functions can use them and the REPL keeps them between lines.
 */
@NodeInfo(shortName = "global")
public final class ReadGlobalNode extends CsExpressionNode {
    private final String name;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = CscriptContext.get(this).globals().read(name);
        if (value == null) {
            throw new CsError("variable '" + name + "' is used before its 'let' has run", this);
        }
        return value;
    }
}
