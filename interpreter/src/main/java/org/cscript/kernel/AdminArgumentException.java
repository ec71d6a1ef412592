package org.cscript.kernel;

/**
 * An administration operation (OP-50..OP-53, performed by the harness, with no errno of its own)
 * called with an argument outside its domain, e.g. {@code advance_clock(-1)}: the clock never
 * goes back (invariant 6).
 */
public final class AdminArgumentException extends ScenarioMistake {
    private static final long serialVersionUID = 1L;

    public AdminArgumentException(String message) {
        super(message);
    }
}
