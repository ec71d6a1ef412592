package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ModuleUnit;

/**
 * {@code import "std/NAME"} or {@code import "relative/path"}: runs the module (compiled at
 * parse time, so its functions are known to the static checks) the first time it is imported.
 */
@NodeInfo(shortName = "import")
public final class ImportNode extends CsStatementNode {
    private final String moduleKey;
    @Child private DirectCallNode call;

    public ImportNode(ModuleUnit module) {
        this.moduleKey = module.key();
        this.call = DirectCallNode.create(module.callTarget());
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (CscriptContext.get(this).markExecuted(moduleKey)) {
            call.call();
        }
    }
}
