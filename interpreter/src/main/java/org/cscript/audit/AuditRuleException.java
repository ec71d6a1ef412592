package org.cscript.audit;

/**
 * A rule text that cannot be applied (kernel-model.md OP-50): the kernel maps it to EINVAL, or to
 * ENOENT when {@link #notFound()} (a {@code -d} of a rule that does not exist). The message is the
 * precise reason, written for the script author.
 */
public final class AuditRuleException extends Exception {

    private final boolean notFound;

    AuditRuleException(String message) {
        this(message, false);
    }

    AuditRuleException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** True for "-d" of a rule that is not in its list (ENOENT); false for a malformed rule (EINVAL). */
    public boolean notFound() {
        return notFound;
    }
}
