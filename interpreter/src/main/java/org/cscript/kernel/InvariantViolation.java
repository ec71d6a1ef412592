package org.cscript.kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The kernel broke one of its own invariants (kernel-model.md §1.12): a bug in cscript, never a
 * scenario's mistake, so it is deliberately not a {@link ScenarioMistake} and every top level
 * reports it as an internal error (exit 70). Thrown by a kernel built with
 * {@link Kernel.InvariantChecks#AFTER_EVERY_OPERATION} right after the operation that broke it.
 */
public final class InvariantViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;
    private final String operation;

    InvariantViolation(String operation, List<Violation> violations) {
        super("kernel invariant violated after " + operation + ": " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        this.operation = operation;
        this.violations = List.copyOf(violations);
    }

    /** The operation after which the check failed (the facade method and its event, e.g. "close: close by task 100"). */
    public String operation() {
        return operation;
    }

    /** What was broken, at least one. */
    public List<Violation> violations() {
        return violations;
    }

    /** The first broken invariant. */
    public Invariant invariant() {
        return violations.get(0).invariant();
    }
}
