package org.cscript.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;

/** A user function defined with {@code fn}: its name, parameter count and call target. */
public final class CsFunction implements TruffleObject {
    private final String name;
    private final int arity;
    private final RootCallTarget callTarget;

    public CsFunction(String name, int arity, RootCallTarget callTarget) {
        this.name = name;
        this.arity = arity;
        this.callTarget = callTarget;
    }

    public String name() {
        return name;
    }

    public int arity() {
        return arity;
    }

    public RootCallTarget callTarget() {
        return callTarget;
    }

    @Override
    public String toString() {
        return "fn " + name;
    }
}
