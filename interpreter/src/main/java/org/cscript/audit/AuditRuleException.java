package org.cscript.audit;

/** A rejected auditctl command; the message is the user-facing reason (§4.5, OP-50). */
public final class AuditRuleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean notFound;

    public AuditRuleException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** true for a {@code -d} naming no existing rule (ENOENT); false for a malformed rule (EINVAL). */
    public boolean notFound() {
        return notFound;
    }
}
