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

    List<String> hostLines() {
        return Collections.unmodifiableList(host);
    }
}
