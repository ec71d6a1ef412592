package org.cscript.explore;

/**
 * A replay of a schedule's prefix did not offer the same choices as before: the scenario does
 * something else on the same schedule (a bug in the model or the interpreter, since a scenario
 * has no source of nondeterminism), so the exploration cannot go on.
 */
public final class NondeterministicScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NondeterministicScenarioException(String message) {
        super("the scenario is not deterministic: " + message + " (a bug in cscript)");
    }
}
