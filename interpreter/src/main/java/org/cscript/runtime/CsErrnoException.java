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
    private final String operation;
    private final String kernelDetail;

    /** {@code detail}, if not null, is appended to the message ("auditctl failed with EINVAL (...): unknown field"). */
    @TruffleBoundary
    public CsErrnoException(Errno errno, String operation, String detail, Node location) {
        this(errno, operation, detail, detail, location);
    }

    /**
     * As above; {@code kernelDetail} is the model's detail text whether the message shows it or not:
     * it tells which check failed (coverage.ErrnoChecks).
     */
    @TruffleBoundary
    public CsErrnoException(Errno errno, String operation, String detail, String kernelDetail, Node location) {
        super(describe(operation, errno) + (detail == null ? "" : ": " + detail), location);
        this.errno = errno;
        this.operation = operation;
        this.kernelDetail = kernelDetail;
    }

    public Errno errno() {
        return errno;
    }

    /** The builtin that failed. */
    public String operation() {
        return operation;
    }

    /** The model's detail text (which check failed), or null. */
    public String kernelDetail() {
        return kernelDetail;
    }

    private static String describe(String operation, Errno errno) {
        return operation + " failed with " + ErrnoText.nameAndText(errno);
    }
}
