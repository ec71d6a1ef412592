package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.audit.AuditRecord;

/** Serial, clock, the host sink and container sinks (kernel-model.md §1.1, §4.4 steps 5-6, §4.6). */
final class AuditLog {
    /** A per-container audit daemon sink for contid {@code contid} and its nested descendants. */
    record Sink(long contid, List<String> lines) {
    }

    private final List<String> host = new ArrayList<>();
    final Map<String, Sink> sinks = new LinkedHashMap<>();
    long clockMs;
    long lastSerial;

    /** The boot state of §1.1: clock.start_ms and audit.first_serial. */
    AuditLog(long clockStartMs, long firstSerial) {
        this.clockMs = clockStartMs;
        this.lastSerial = firstSerial - 1;
    }

    /** Stamps and writes one assembled event; an empty event consumes no serial. */
    List<String> emit(List<AuditRecord> records, Knobs knobs) {
        if (records.isEmpty()) {
            return List.of();
        }
        Limits.check(host.size() + (long) records.size(), knobs.limits().traceRecords(), "trace records",
                "limits.trace_records");
        if (lastSerial >= KernelConfig.U32_MAX) {
            throw new LimitException("audit serial: more than " + KernelConfig.U32_MAX
                    + " (a serial is a u32; audit.first_serial sets the first)");
        }
        if (clockMs > KernelConfig.CLOCK_MAX_MS - knobs.tickMs()) {
            throw clockLimit();
        }
        lastSerial++;
        boolean upstream = knobs.recordNames() == Knobs.RecordNames.UPSTREAM;
        boolean asAuditd = knobs.typeText() == Knobs.TypeText.AUDITD;
        List<String> lines = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            lines.add(r.format(upstream, asAuditd, clockMs, lastSerial));
        }
        host.addAll(lines);
        clockMs += knobs.tickMs();
        return lines;
    }

    /** The clock would pass {@link KernelConfig#CLOCK_MAX_MS}: it cannot wrap or go back. */
    static LimitException clockLimit() {
        return new LimitException("clock limit: the clock cannot pass " + KernelConfig.CLOCK_MAX_MS
                + " ms (9999-12-31T23:59:59.999Z)");
    }

    List<String> hostLines() {
        return Collections.unmodifiableList(host);
    }
}
