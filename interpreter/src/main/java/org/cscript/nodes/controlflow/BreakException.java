package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code break}, caught by the innermost loop. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final BreakException INSTANCE = new BreakException();

    private BreakException() {
    }
}
