package org.cscript.kernel;

/**
 * A mistake in the scenario the model refuses, as opposed to a bug in cscript: the language
 * reports it at the statement that caused it (exit 1 at run time, 2 for options), never with a
 * stack trace. Exactly five kinds: an errno result ({@link KernelException}), a knob or profile
 * the kernel does not accept ({@link ConfigException}), an administration call given an
 * argument outside its domain ({@link AdminArgumentException}), a simulator limit crossed
 * ({@link LimitException}), and a kernel panic the scenario asked for ({@link KernelPanic}).
 */
public abstract sealed class ScenarioMistake extends RuntimeException
        permits KernelException, ConfigException, AdminArgumentException, LimitException, KernelPanic {
    private static final long serialVersionUID = 1L;

    ScenarioMistake(String message) {
        super(message);
    }
}
