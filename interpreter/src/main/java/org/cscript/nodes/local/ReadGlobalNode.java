package org.cscript.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.Cell;
import org.cscript.runtime.CsError;

/**
 * Reads a top-level variable. Top-level {@code let}s of the script and of imported modules are
 * globals of the context, so functions can use them and the REPL keeps them between lines.
 */
@NodeInfo(shortName = "global")
public final class ReadGlobalNode extends CsExpressionNode {
    private final String name;
    private final Cell cell;

    public ReadGlobalNode(String name, Cell cell) {
        this.name = name;
        this.cell = cell;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = cell.get();
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("variable '" + name + "' is used before its 'let' has run", this);
        }
        return value;
    }
}
