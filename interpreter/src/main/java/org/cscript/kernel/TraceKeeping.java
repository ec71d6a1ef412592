package org.cscript.kernel;

/**
 * Whether the kernel keeps its host trace. Its events go to the {@link TraceListener}s as they
 * are written either way, and {@code limits.trace_records} bounds the records written either way
 * (a scenario stops at the same statement however it is run).
 */
public enum TraceKeeping {
    /** The kernel keeps every line ({@link Kernel#hostTrace()}); the default of a kernel made in Java. */
    IN_KERNEL,
    /** The lines only go to the listeners: the kernel's memory does not grow with the trace. */
    STREAMED
}
