package org.cscript.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.RecordType;
import org.cscript.audit.TraceRecord;

/**
 * One audit event of a trace: the consecutive records that share one {@code msg=audit(TIME:SERIAL)}
 * stamp, with the statement that wrote it. Its {@link #key} leaves out the stamp (serial and
 * clock), which every event of two runs differs in once one design writes an extra event, and
 * the spelling of a record type (auditd's {@code UNKNOWN[1344]} and the name {@code CONTAINER}
 * are one type, knob audit.type_text): what remains is what the design recorded.
 *
 * <p>Its parts: the stamp's serial, the records in the order written, and its origin, "SCRIPT:LINE" of the statement that wrote the event's first record, "" if unknown
 */
final class TraceEvent {
    private final long serial;
    private final List<TraceRecord> records;
    private final String origin;
    /** Made once: the diff compares each event with many. */
    private final String key;
    private final String identity;

    TraceEvent(long serial, List<TraceRecord> records, String origin) {
        this.serial = serial;
        this.records = List.copyOf(records);
        this.origin = origin;
        this.key = makeKey();
        this.identity = makeIdentity();
    }

    long serial() {
        return serial;
    }

    List<TraceRecord> records() {
        return records;
    }

    String origin() {
        return origin;
    }

    /**
     * Groups trace lines into events.
     *
     * @param origin the origin of line {@code i}
     * @throws IllegalArgumentException for a line that is no audit record (a bug: the kernel writes none)
     */
    static List<TraceEvent> of(List<String> trace, IntFunction<String> origin) {
        List<TraceEvent> events = new ArrayList<>();
        List<TraceRecord> current = new ArrayList<>();
        String currentOrigin = "";
        for (int i = 0; i < trace.size(); i++) {
            TraceRecord record = parse(trace.get(i));
            if (!current.isEmpty() && !sameStamp(current.getFirst(), record)) {
                events.add(new TraceEvent(current.getFirst().serial(), current, currentOrigin));
                current.clear();
            }
            if (current.isEmpty()) {
                currentOrigin = origin.apply(i);
            }
            current.add(record);
        }
        if (!current.isEmpty()) {
            events.add(new TraceEvent(current.getFirst().serial(), current, currentOrigin));
        }
        return events;
    }

    private static boolean sameStamp(TraceRecord a, TraceRecord b) {
        return a.serial() == b.serial() && a.timestamp().equals(b.timestamp());
    }

    private static TraceRecord parse(String line) {
        try {
            return TraceRecord.parse(line);
        } catch (MalformedRecordException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** What the design recorded: each record's type (by design name) and its fields as printed. */
    String key() {
        return key;
    }

    private String makeKey() {
        StringBuilder key = new StringBuilder();
        for (TraceRecord r : records) {
            key.append(recordKey(r)).append('\n');
        }
        return key.toString();
    }

    /**
     * What makes two events of the two runs the same event even if they record it differently:
     * the statement that wrote it and what it is (its syscall number, or for an event without a
     * SYSCALL record the kind of its first record, whatever name the design gives it).
     */
    String identity() {
        return identity;
    }

    private String makeIdentity() {
        for (TraceRecord r : records) {
            if (r.type().equals("SYSCALL")) {
                return origin + " syscall=" + r.raw("syscall");
            }
        }
        return origin + " " + kind(records.getFirst());
    }

    /** A record's type as the model knows it under either naming: CONTAINER and CONTAINER_OP are one kind. */
    static String kind(TraceRecord r) {
        RecordType type = RecordType.ofPrintedName(r.type());
        return type == null ? r.type() : type.name();
    }

    /** The record without its stamp: its design type name and its fields as printed. */
    static String recordKey(TraceRecord r) {
        return r.type() + " " + fieldText(r);
    }

    /** The text after the {@code msg=audit(...): } header: the fields, exactly as printed. */
    static String fieldText(TraceRecord r) {
        String line = r.line();
        return line.substring(line.indexOf("): ") + 3);
    }

    /** The record's header as printed: {@code type=UNKNOWN[1344] msg=audit(1500000000.000:1):}. */
    static String header(TraceRecord r) {
        String line = r.line();
        return line.substring(0, line.indexOf("): ") + 2);
    }
}
