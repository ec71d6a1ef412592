package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import javax.management.NotificationEmitter;

/**
 * The memory limit (docs/limits.md): when what is still live after a garbage collection passes
 * {@value #PERCENT}% of a heap pool's maximum, the JVM says so (a collection-usage threshold
 * notification) and the next step of a running scenario ends it with a located error, before the
 * heap is exhausted. Reading the flag is one volatile read per step. Unlike the other limits it
 * depends on the JVM's heap (-Xmx) and on what else shares it, so where it triggers may vary.
 */
final class HeapWatch {
    static final int PERCENT = 85;
    private static final List<MemoryPoolMXBean> WATCHED = new ArrayList<>();
    private static volatile boolean nearlyFull;
    private static volatile boolean usageHigh;
    /** Steps since start, to look at the heap's use itself every 8th (its notification may come late). */
    private static int polls;

    static {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold(max / 100 * PERCENT);
                if (pool.isUsageThresholdSupported()) {
                    pool.setUsageThreshold(max / 100 * PERCENT);
                }
                WATCHED.add(pool);
            }
        }
        if (ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter) {
            emitter.addNotificationListener((notification, handback) -> {
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    nearlyFull = true;
                } else if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    // the heap filled without a collection (large values go straight to the old
                    // generation): the next step collects to learn whether they are live
                    usageHigh = true;
                }
            }, null, null);
        }
    }

    private HeapWatch() {
    }

    /** True when the heap is still nearly full after the last collection (rechecked, so the flag clears). */
    static boolean nearlyFull() {
        if (usageHigh || (++polls & 7) == 0 && usageExceeded()) {
            collectOnce();
        }
        return nearlyFull && stillFull();
    }

    @TruffleBoundary
    private static void collectOnce() {
        usageHigh = false;
        System.gc();   // rare: only when the heap's use passed the threshold since the last look
        if (stillFullNow()) {
            nearlyFull = true;
        }
    }

    @TruffleBoundary
    private static boolean usageExceeded() {
        for (MemoryPoolMXBean pool : WATCHED) {
            if (pool.isUsageThresholdSupported() && pool.isUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    /** Whether what was live after the last collection is still over the threshold in some pool. */
    private static boolean stillFullNow() {
        for (MemoryPoolMXBean pool : WATCHED) {
            if (pool.getCollectionUsage() != null && pool.getCollectionUsage().getUsed() >= pool.getCollectionUsageThreshold()) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #stillFullNow}, clearing the flag when the heap is no longer full. */
    @TruffleBoundary
    private static boolean stillFull() {
        if (stillFullNow()) {
            return true;
        }
        nearlyFull = false;
        return false;
    }

    /** The heap's maximum in MiB, for the message. */
    @TruffleBoundary
    static long maxMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20;   // not Runtime: guest code stays off it
    }
}
