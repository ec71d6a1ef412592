package org.cscript.bench;

import java.lang.management.ManagementFactory;

/**
 * Bytes the benchmark thread allocates inside the timed batch only. JMH's gc profiler counts the
 * whole iteration, so with a kernel booted per iteration its B/op includes the boot of 100k
 * tasks; the benchmarks record their batch here and {@link BatchAllocProfiler} reports it.
 */
final class BatchAlloc {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static volatile long bytes;
    private static volatile long ops;

    private BatchAlloc() {
    }

    static long now() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The batch that started when {@link #now()} returned {@code start} did {@code n} operations. */
    static void record(long start, int n) {
        bytes += now() - start;
        ops += n;
    }

    static void reset() {
        bytes = 0;
        ops = 0;
    }

    /** Bytes per operation since the last reset, or -1 if nothing was recorded. */
    static double perOp() {
        return ops == 0 ? -1 : (double) bytes / ops;
    }
}
