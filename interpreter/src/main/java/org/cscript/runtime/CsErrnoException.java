package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.cscript.abi.Errno;

/**
 * A kernel operation failed with an errno. Caught by {@code try} and {@code expect}; anywhere
 * else it stops the scenario with "set_contid failed with EPERM (Operation not permitted)".
 */
public final class CsErrnoException extends CsError {
    private static final long serialVersionUID = 1L;

    private final transient Errno errno;

    /** {@code detail}, if not null, is appended to the message ("auditctl failed with EINVAL (...): unknown field"). */
    @TruffleBoundary
    public CsErrnoException(Errno errno, String operation, String detail, Node location) {
        super(describe(operation, errno) + (detail == null ? "" : ": " + detail), location);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }

    private static String describe(String operation, Errno errno) {
        return operation + " failed with " + ErrnoText.nameAndText(errno);
    }
}
