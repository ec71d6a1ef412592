package org.cscript.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code return}, caught by the function's root node. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
