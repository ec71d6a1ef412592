package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.WrittenEvent;

/**
 * Serial, clock, the host sink and container sinks (kernel-model.md §1.1, §4.4 steps 5-6, §4.6).
 * The host sink's events go to the listeners as they are written; the lines are kept here only
 * when the kernel keeps the trace ({@link TraceKeeping#IN_KERNEL}), so a streamed trace
 * costs no memory in the kernel however long the run.
 */
final class AuditLog {
    private final TraceKeeping keeping;
    /** The host lines, when kept here; otherwise empty. */
    private final List<String> host = new ArrayList<>();
    private final List<TraceListener> listeners = new ArrayList<>();
    final Map<String, AuditSink> sinks = new LinkedHashMap<>();
    long clockMs;
    long lastSerial;
    /** Records written to the host sink so far. */
    private long written;
    /** The kernel's log lines about lost records, every queue's, oldest first (what dmesg would show). */
    final List<String> kernelLog = new ArrayList<>();
    /** The host daemon's backlog (docs/proposals/audit-backlog.md). */
    final AuditQueue queue = new AuditQueue(null, kernelLog);
    /**
     * Serials the host daemon never receives (every record lost, or routed to a container sink),
     * kept only while the trace checker listens (it expects their gaps and prunes what it passed).
     */
    final TreeSet<Long> absentFromHost = new TreeSet<>();
    boolean trackAbsent;

    /** The boot state of §1.1: clock.start_ms and audit.first_serial. */
    AuditLog(long clockStartMs, long firstSerial, TraceKeeping keeping) {
        this.clockMs = clockStartMs;
        this.lastSerial = firstSerial - 1;
        this.keeping = keeping;
    }

    void addListener(TraceListener listener) {
        listeners.add(listener);
    }

    /**
     * Stamps and writes one assembled event, to the host daemon and the container sinks it is
     * attributed to ({@code to}); an empty event consumes no serial (and returns null). The whole
     * event is returned whatever the queues lost.
     */
    WrittenEvent emit(List<AuditRecord> records, Knobs knobs, List<AuditSink> to) {
        if (records.isEmpty()) {
            return null;
        }
        Limits.check(written + queue.backlog() + records.size(), knobs.limits().traceRecords(), "trace records",
                "limits.trace_records");
        if (lastSerial >= KernelConfig.U32_MAX) {
            throw new LimitException("audit serial: more than " + KernelConfig.U32_MAX
                    + " (a serial is a u32; audit.first_serial sets the first)");
        }
        if (clockMs > KernelConfig.CLOCK_MAX_MS - knobs.tickMs()) {
            throw clockLimit();
        }
        lastSerial++;
        long stampMs = clockMs;
        clockMs += knobs.tickMs();
        WrittenEvent whole = event(records, stampMs, knobs);
        boolean routed = false;
        for (AuditSink sink : to) {
            routed |= sink.delivery == AuditSink.Delivery.ROUTE;
        }
        boolean reachesHost = !routed && offer(queue, whole, knobs, this::deliver);
        if (!reachesHost && trackAbsent) {
            absentFromHost.add(lastSerial);
        }
        for (AuditSink sink : to) {
            offer(sink.queue, whole, knobs, e -> sink.lines.addAll(e.lines()));
        }
        return whole;
    }

    /**
     * Offers an event to one daemon's queue: what the queue takes is read at once by a daemon
     * that keeps up (audit.reader = eager), or waits for its auditd_read(). Returns whether any
     * record was taken.
     */
    private boolean offer(AuditQueue q, WrittenEvent whole, Knobs knobs, Consumer<WrittenEvent> reader) {
        List<AuditRecord> taken = q.admit(whole.records(), whole.clockMs(), knobs.backlog());
        if (taken.isEmpty()) {
            return false;
        }
        WrittenEvent admitted = taken.size() == whole.records().size() ? whole : event(taken, whole.clockMs(), knobs);
        boolean eager = knobs.backlog().reader() == AuditBacklog.Reader.EAGER;
        if (eager && q.backlog() == 0) {
            reader.accept(admitted);   // the daemon keeps up: the event passes straight through
        } else {
            q.add(admitted);
            if (eager) {
                q.drain().forEach(reader);
            }
        }
        return true;
    }

    private WrittenEvent event(List<AuditRecord> records, long stampMs, Knobs knobs) {
        return new WrittenEvent(records, stampMs, lastSerial, knobs.recordNames() == Knobs.RecordNames.UPSTREAM,
                knobs.typeText() == Knobs.TypeText.AUDITD);
    }

    /** The last serial whose event the host daemon has read (or that lost every record): what waits comes after it. */
    long readThrough() {
        Long firstWaiting = queue.firstWaitingSerial();
        return firstWaiting == null ? lastSerial : firstWaiting - 1;
    }

    /** The host daemon reads its backlog: every waiting event reaches the host trace. Returns the records read. */
    int read() {
        return read(queue, this::deliver);
    }

    /** A container sink's daemon reads its backlog. Returns the records read. */
    int read(AuditSink sink) {
        return read(sink.queue, e -> sink.lines.addAll(e.lines()));
    }

    private static int read(AuditQueue q, Consumer<WrittenEvent> reader) {
        int records = 0;
        for (WrittenEvent event : q.drain()) {
            records += event.records().size();
            reader.accept(event);
        }
        return records;
    }

    private void deliver(WrittenEvent event) {
        written += event.records().size();
        if (keeping == TraceKeeping.IN_KERNEL) {
            host.addAll(event.lines());
        }
        for (TraceListener l : listeners) {
            l.written(event);
        }
    }

    /** The clock would pass {@link KernelConfig#CLOCK_MAX_MS}: it cannot wrap or go back. */
    static LimitException clockLimit() {
        return new LimitException("clock limit: the clock cannot pass " + KernelConfig.CLOCK_MAX_MS
                + " ms (9999-12-31T23:59:59.999Z)");
    }

    /** The kept host lines. */
    List<String> hostLines() {
        if (keeping != TraceKeeping.IN_KERNEL) {
            throw new IllegalStateException("the host trace is streamed to its listeners, not kept in the kernel"
                    + " (TraceKeeping." + keeping + ")");
        }
        return Collections.unmodifiableList(host);
    }

    /** Records written to the host sink so far. */
    long recordsWritten() {
        return written;
    }
}
