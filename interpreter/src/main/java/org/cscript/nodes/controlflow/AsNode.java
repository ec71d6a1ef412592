package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.kernel.Task;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.TaskHandle;

/** {@code as t { ... }}: the block's kernel operations act as task t (language.md "Acting task"). */
@NodeInfo(shortName = "as")
public final class AsNode extends CsStatementNode {
    @Child private CsExpressionNode task;
    @Child private CsStatementNode body;

    public AsNode(CsExpressionNode task, CsStatementNode body) {
        this.task = task;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = task.executeGeneric(frame);
        if (!(value instanceof TaskHandle handle)) {
            CompilerDirectives.transferToInterpreter();
            throw CsError.expected(task, "as", "a task", value);
        }
        KernelSession session = CscriptContext.get(this).session();
        Task previous = session.swapActor(handle.task());
        try {
            body.executeVoid(frame);
        } finally {
            session.swapActor(previous);
        }
    }
}
