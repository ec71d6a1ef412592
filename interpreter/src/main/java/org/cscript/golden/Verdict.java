package org.cscript.golden;

/**
 * The result code of one scenario, as lit names them: a scenario listed as a known failure
 * that fails is XFAIL (not a failure of the run), one that passes is XPASS (a failure: the
 * list is out of date).
 */
public enum Verdict {
    PASS, FAIL, XFAIL, XPASS, SKIP, TIMEOUT;

    /** Whether this verdict fails the run. */
    public boolean failed() {
        return this == FAIL || this == XPASS || this == TIMEOUT;
    }
}
