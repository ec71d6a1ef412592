package org.cscript.runtime;

/**
 * The storage of one top-level variable or function name in a context. Nodes resolve their
 * cell once, when the script is compiled (the language's contexts are exclusive, so an AST
 * belongs to one context), and then read and write it without a lookup by name.
 */
public final class Cell {
    private Object value;

    /** The value, or null before the variable's {@code let} (the function's file) has run. */
    public Object get() {
        return value;
    }

    public void set(Object newValue) {
        value = newValue;
    }
}
