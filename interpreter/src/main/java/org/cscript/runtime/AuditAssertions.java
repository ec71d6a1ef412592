package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.cscript.audit.AuditChecker;
import org.cscript.audit.AuditPattern;
import org.cscript.audit.CheckResult;

/**
 * The assert_audit / assert_audit_next / assert_no_audit state of one run (language.md
 * "assert_audit"), over the records of the host trace as they are written. A pending assert_no_audit is decided by the next
 * assertion or by {@link #finish} at the end of the script; a failure found by finish is
 * reported at that assert_no_audit statement.
 */
public final class AuditAssertions {
    /** Which statement. */
    public enum Kind { CHECK, CHECK_NEXT, CHECK_NOT }

    private final AuditChecker checker;
    private Node pendingNot;

    AuditAssertions() {
        this.checker = new AuditChecker();
    }

    /** The checker the run's trace output feeds. */
    AuditChecker checker() {
        return checker;
    }

    @TruffleBoundary
    public void check(Kind kind, AuditPattern pattern, Node location) {
        if (kind == Kind.CHECK_NOT) {
            checker.checkNot(pattern);   // decided by the next check or by finish()
            pendingNot = location;
            return;
        }
        CheckResult result = kind == Kind.CHECK ? checker.check(pattern) : checker.checkNext(pattern);
        if (!result.ok()) {
            throw new CsError(result.message(), location);
        }
        pendingNot = null;
    }

    /** End of the scenario: pending assert_no_audit statements are checked to the trace's end. */
    @TruffleBoundary
    public void finish(Node scriptEnd) {
        CheckResult result = checker.finish();
        if (!result.ok()) {
            throw new CsError(result.message(), pendingNot != null ? pendingNot : scriptEnd);
        }
    }
}
