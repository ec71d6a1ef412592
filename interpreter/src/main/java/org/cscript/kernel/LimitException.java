package org.cscript.kernel;

/**
 * A scenario crossed one of the simulator's maxima ({@link Limits}, docs/limits.md) or a value
 * range of the model (a counter that would leave the type it is printed as). The message names
 * the limit and the knob that sets it, e.g. "task limit: more than 100000 tasks (limits.tasks)".
 */
public final class LimitException extends ScenarioMistake {
    private static final long serialVersionUID = 1L;

    public LimitException(String message) {
        super(message);
    }

    /** "task limit: more than 100000 tasks (limits.tasks)". */
    static LimitException exceeded(String what, long max, String knob) {
        String singular = what.endsWith("s") ? what.substring(0, what.length() - 1) : what;
        return new LimitException(singular + " limit: more than " + max + " " + what + " (" + knob + ")");
    }
}
