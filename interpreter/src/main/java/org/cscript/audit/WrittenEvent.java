package org.cscript.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One event as the kernel wrote it to the host sink: its records with the serial and the time
 * they were stamped with (kernel-model.md §4.4 step 5). Its lines are made on request, once: a
 * listener that appends them to its output ({@link #appendLines}) makes no line strings at all.
 */
public final class WrittenEvent {
    private final List<AuditRecord> records;
    private final long clockMs;
    private final long serial;
    private final boolean upstreamNames;
    private final boolean asAuditd;
    private List<String> lines;

    /** {@code upstreamNames} and {@code asAuditd} as for {@link AuditRecord#format}. */
    public WrittenEvent(List<AuditRecord> records, long clockMs, long serial, boolean upstreamNames, boolean asAuditd) {
        this.records = Collections.unmodifiableList(records);
        this.clockMs = clockMs;
        this.serial = serial;
        this.upstreamNames = upstreamNames;
        this.asAuditd = asAuditd;
    }

    public List<AuditRecord> records() {
        return records;
    }

    public long serial() {
        return serial;
    }

    public long clockMs() {
        return clockMs;
    }

    boolean upstreamNames() {
        return upstreamNames;
    }

    boolean asAuditd() {
        return asAuditd;
    }

    /** The design's name of {@code r}'s type under the naming in force ({@link RecordType#designName} of its text). */
    String designType(AuditRecord r) {
        return r.type().text(upstreamNames, false);
    }

    /** The type of {@code r} as its line prints it. */
    public String typeText(AuditRecord r) {
        return r.type().text(upstreamNames, asAuditd);
    }

    /** Appends every line of the event, each followed by '\n'. */
    public void appendLines(StringBuilder out) {
        if (lines != null) {
            for (String line : lines) {
                out.append(line).append('\n');
            }
            return;
        }
        for (AuditRecord r : records) {
            r.appendTo(out, typeText(r), clockMs, serial);
            out.append('\n');
        }
    }

    /** The event's lines (no terminators), made on the first call. */
    public List<String> lines() {
        if (lines == null) {
            List<String> made = new ArrayList<>(records.size());
            StringBuilder sb = new StringBuilder(256);
            for (AuditRecord r : records) {
                sb.setLength(0);
                r.appendTo(sb, typeText(r), clockMs, serial);
                made.add(sb.toString());
            }
            lines = Collections.unmodifiableList(made);
        }
        return lines;
    }
}
