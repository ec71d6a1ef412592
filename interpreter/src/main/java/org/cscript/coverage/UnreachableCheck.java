package org.cscript.coverage;

/** A check no scenario can reach (errno-unreachable.tsv), and why. */
public record UnreachableCheck(String op, int position, String reason) {

    /** "OP-17 check 8", as {@link ErrnoCheck#id()}. */
    public String id() {
        return op + " check " + position;
    }
}
