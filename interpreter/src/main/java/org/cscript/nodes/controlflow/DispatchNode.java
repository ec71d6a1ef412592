package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.cscript.runtime.CsFunction;

/**
 * Calls a function through a polymorphic inline cache: up to three call targets get a
 * DirectCallNode each (so the compiler can inline them), beyond that an IndirectCallNode.
 * Not object-inlined: it is a cached child of exactly one CallNode, so inlining would save a
 * few bytes per call site at the cost of threading an inlining target through CallNode.
 */
@GenerateInline(false)
public abstract class DispatchNode extends Node {
    protected static final int CACHE_LIMIT = 3;

    public abstract Object executeDispatch(CsFunction function, Object[] arguments);

    @Specialization(guards = "function == cachedFunction", limit = "CACHE_LIMIT")
    protected static Object callDirect(CsFunction function, Object[] arguments,
            @Cached("function") CsFunction cachedFunction,
            @Cached("create(cachedFunction.callTarget())") DirectCallNode callNode) {
        return callNode.call(arguments);
    }

    @Specialization(replaces = "callDirect")
    protected static Object callIndirect(CsFunction function, Object[] arguments,
            @Cached IndirectCallNode callNode) {
        return callNode.call(function.callTarget(), arguments);
    }
}
