package org.cscript.kernel;

import org.cscript.audit.WrittenEvent;

/**
 * Receives each event the kernel writes to the host sink, as it is written, in serial order
 * ({@link Kernel#addTraceListener}). This is how the trace leaves the kernel when it is not
 * kept there ({@link TraceKeeping}).
 */
@FunctionalInterface
public interface TraceListener {
    void written(WrittenEvent event);
}
