package org.cscript.kernel;

/** One broken invariant and what was found ("ctr 1 usage 3, sources 2"). */
public record Violation(Invariant invariant, String detail) {
    @Override
    public String toString() {
        return invariant.label() + ": " + detail;
    }
}
