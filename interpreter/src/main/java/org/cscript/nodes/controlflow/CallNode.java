package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.Cell;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CsFunction;

/**
 * {@code name(args)} for a user function: reads it from the name's cell in the context's
 * registry (functions are registered when their file runs, so a REPL line may redefine one) and
 * dispatches through {@link DispatchNode}.
 */
@NodeInfo(shortName = "call")
public final class CallNode extends CsExpressionNode {
    private final String name;
    private final Cell functionCell;
    @Children private final CsExpressionNode[] arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    public CallNode(String name, Cell function, CsExpressionNode[] arguments) {
        this.name = name;
        this.functionCell = function;
        this.arguments = arguments;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        CsFunction function = (CsFunction) functionCell.get();
        if (function == null) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("function '" + name + "' is not defined yet (its file has not run)", this);
        }
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].executeGeneric(frame);
        }
        if (function.arity() != values.length) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError(name + " takes " + function.arity() + " argument(s), got " + values.length, this);
        }
        CscriptContext context = CscriptContext.get(this);
        context.countStep(this);
        if (context.enterCall()) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("call depth limit: more than " + CscriptContext.MAX_CALL_DEPTH + " nested calls"
                    + " (is the recursion unbounded?)", this);
        }
        try {
            return dispatch.executeDispatch(function, values);
        } finally {
            context.exitCall();
        }
    }
}
