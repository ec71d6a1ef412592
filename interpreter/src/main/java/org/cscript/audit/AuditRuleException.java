package org.cscript.audit;

import org.cscript.abi.Errno;

/**
 * A rule text that cannot be applied (kernel-model.md OP-50): the kernel maps it to its
 * {@link #errno()}: EINVAL for a malformed rule, ENOENT ({@link #notFound()}) for a {@code -d} or
 * {@code -W} of a rule that does not exist or a watch whose directory does not exist, ENOTDIR for
 * a watch below something that is not a directory. The message is the precise reason, written
 * for the script author.
 */
public final class AuditRuleException extends Exception {

    private final Errno errno;

    AuditRuleException(String message) {
        this(message, false);
    }

    AuditRuleException(String message, boolean notFound) {
        this(notFound ? Errno.ENOENT : Errno.EINVAL, message);
    }

    private AuditRuleException(Errno errno, String message) {
        super(message);
        this.errno = errno;
    }

    /** A refusal of the kernel's filesystem when a watch is bound (ENOENT, ENOTDIR). */
    public static AuditRuleException refused(Errno errno, String message) {
        return new AuditRuleException(errno, message);
    }

    /** The errno the kernel returns. */
    public Errno errno() {
        return errno;
    }

    /** True for ENOENT: "-d" of a rule that is not in its list, a watch without its directory. */
    public boolean notFound() {
        return errno == Errno.ENOENT;
    }
}
