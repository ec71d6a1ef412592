package org.cscript.kernel;

import org.cscript.abi.Errno;

/** A model operation that failed with an errno (kernel-model.md §2.4). */
public final class KernelException extends ScenarioMistake {
    private static final long serialVersionUID = 1L;
    private final transient Errno errno;
    private final String operation;
    private final String detail;

    public KernelException(Errno errno, String operation) {
        this(errno, operation, null);
    }

    /** {@code detail} is an optional human hint (which check failed). */
    public KernelException(Errno errno, String operation, String detail) {
        super(operation + ": " + errno.name() + (detail == null ? "" : " (" + detail + ")"));
        this.errno = errno;
        this.operation = operation;
        this.detail = detail;
    }

    public Errno errno() {
        return errno;
    }

    public String operation() {
        return operation;
    }

    /** The human hint given at the throw site (which check failed), or null. */
    public String detail() {
        return detail;
    }
}
