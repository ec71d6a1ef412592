package org.cscript.kernel.model;

/**
 * One generated operation: an entry of {@link ModelOps} and three small picks (0..63) that the
 * entry resolves against the live state when it runs ({@link World}). A value object, so a
 * shrunk counterexample prints as a script: {@code close(task[3], fd[1])}.
 */
record Step(ModelOps.Op op, int a, int b, int c) {
    static final int PICKS = 64;

    void apply(World w) {
        op.action().apply(w, a, b, c);
    }

    /** The same operation with other picks (shrinking). */
    Step with(int a2, int b2, int c2) {
        return new Step(op, a2, b2, c2);
    }

    @Override
    public String toString() {
        return op.name() + "(" + op.describe().args(a, b, c) + ")";
    }
}
