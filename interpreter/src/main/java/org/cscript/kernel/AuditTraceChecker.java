package org.cscript.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceRecord;
import org.cscript.audit.WrittenEvent;

/**
 * Invariant 6 of kernel-model.md §1.12 and the sink rule of §4.6, checked incrementally on the
 * events written since the previous check (it listens to the host sink, so it works the same
 * whether the kernel keeps the trace or streams it): the host sink's serials start at
 * audit.first_serial and grow by exactly 1 per event, each event has one timestamp, timestamps
 * and the clock never go back, every line reads back as a well-formed record, and the kernel's
 * last serial is the last one written. A container sink's events come in serial order, one stamp
 * each, and agree with the host's on every record both received (one holds a prefix of the other's
 * lines of that event: a backlog loses an event's tail); an event routed to a sink instead of the
 * host, or lost by the host's backlog, is a gap the host's serials may have.
 */
final class AuditTraceChecker implements TraceListener {
    private static final Pattern STAMP = Pattern.compile("^type=\\S+ msg=audit\\((\\d+)\\.(\\d{3}):(\\d+)\\):");

    /** A parsed line stamp: clock in ms and serial. */
    private record Stamp(long clockMs, long serial) {
    }

    /** How far a container sink has been checked. */
    private static final class SinkProgress {
        int checked;
        long lastSerial = -1;
    }

    private final KernelCore k;
    /** The host events written since the previous check, by serial: what a sink's new lines may hold. */
    private final Map<Long, List<String>> recent = new LinkedHashMap<>();
    private final Map<String, SinkProgress> sinks = new HashMap<>();
    private long hostLinesChecked;
    private long lastSerial;
    private boolean anyEvent;
    private long lastStampMs = Long.MIN_VALUE;
    private long clockAtLastCheck;
    /** Whether it receives the host events: without them only the clock is checked. */
    private boolean listening;

    AuditTraceChecker(KernelCore k) {
        this.k = k;
        this.lastSerial = k.knobs().firstSerial() - 1;
        this.clockAtLastCheck = k.log.clockMs;
    }

    /**
     * Starts receiving the host events, at boot. Not done for a kernel that streams its trace and
     * is not checked after every operation: the events would pile up here until a check.
     */
    void listen() {
        k.log.addListener(this);
        k.log.trackAbsent = true;
        listening = true;
    }

    @Override
    public void written(WrittenEvent event) {
        recent.put(event.serial(), event.lines());
    }

    void check(List<Violation> out) {
        if (listening) {
            checkHost(out);
            for (var e : k.log.sinks.entrySet()) {
                checkSink(e.getKey(), e.getValue().lines, out);
            }
            recent.clear();
            k.log.absentFromHost.headSet(lastSerial, true).clear();   // gaps already passed
        }
        long clock = k.log.clockMs;
        if (clock < clockAtLastCheck || clock < lastStampMs) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, "the clock went back to " + clock + " ms (it was "
                    + Math.max(clockAtLastCheck, lastStampMs) + ")"));
        }
        clockAtLastCheck = Math.max(clockAtLastCheck, clock);
    }

    private void checkHost(List<Violation> out) {
        for (List<String> lines : recent.values()) {
            boolean first = true;
            for (String line : lines) {
                hostLinesChecked++;
                wellFormed(line, out);
                Stamp s = stamp(line, "host", out);
                if (s == null) {
                    continue;
                }
                long expected = first ? nextSerial(lastSerial) : lastSerial;
                if (s.serial() != expected) {
                    out.add(new Violation(Invariant.AUDIT_SERIALS, "host line " + hostLinesChecked + " has serial "
                            + s.serial() + " after " + lastSerial + " (expected " + expected + ")"));
                } else if (!first && s.clockMs() != lastStampMs) {
                    out.add(new Violation(Invariant.AUDIT_SERIALS, "event " + s.serial() + " has two timestamps"));
                }
                if (anyEvent && s.clockMs() < lastStampMs) {
                    out.add(new Violation(Invariant.AUDIT_SERIALS, "timestamp goes back at serial " + s.serial()));
                }
                first = false;
                anyEvent = true;
                lastSerial = Math.max(lastSerial, s.serial());
                lastStampMs = Math.max(lastStampMs, s.clockMs());
            }
        }
        long readThrough = k.log.readThrough();
        if (nextSerial(lastSerial) <= readThrough) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, "the kernel has read through serial " + readThrough
                    + " but the host sink's last is " + lastSerial + " (a serial consumed by no line, or reused)"));
        }
    }

    /** The serial after {@code serial} that has host lines: events lost by or routed past the host's backlog have none. */
    private long nextSerial(long serial) {
        long next = serial + 1;
        while (k.log.absentFromHost.contains(next)) {
            next++;
        }
        return next;
    }

    /** A formatting bug shows here, at the operation that wrote the line, not in a puzzled assertion. */
    private static void wellFormed(String line, List<Violation> out) {
        try {
            TraceRecord.parse(line);
        } catch (MalformedRecordException e) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, e.getMessage()));
        }
    }

    private void checkSink(String name, List<String> lines, List<Violation> out) {
        SinkProgress p = sinks.computeIfAbsent(name, n -> new SinkProgress());
        while (p.checked < lines.size()) {
            int start = p.checked;
            Stamp s = stamp(lines.get(start), "sink " + name, out);
            p.checked++;
            if (s == null) {
                continue;
            }
            wellFormed(lines.get(start), out);
            while (p.checked < lines.size() && lines.get(p.checked).contains(":" + s.serial() + "):")
                    && s.equals(stamp(lines.get(p.checked), "sink " + name, out))) {
                p.checked++;
            }
            if (s.serial() <= p.lastSerial || s.serial() > k.log.lastSerial) {
                out.add(new Violation(Invariant.SINKS, "sink " + name + " line " + (start + 1) + " has serial "
                        + s.serial() + " after " + p.lastSerial + " (not a later event of the kernel's)"));
            }
            List<String> host = recent.get(s.serial());
            List<String> event = lines.subList(start, p.checked);
            if (host != null && !prefixOf(event, host) && !prefixOf(host, event)) {
                out.add(new Violation(Invariant.SINKS, "sink " + name + " has event " + s.serial()
                        + " but its lines disagree with the host's lines of it"));
            }
            p.lastSerial = Math.max(p.lastSerial, s.serial());
        }
    }

    private static boolean prefixOf(List<String> shorter, List<String> longer) {
        return shorter.size() <= longer.size() && longer.subList(0, shorter.size()).equals(shorter);
    }

    private static Stamp stamp(String line, String where, List<Violation> out) {
        Matcher m = STAMP.matcher(line);
        if (!m.find()) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, where + " line without an audit stamp: " + line));
            return null;
        }
        return new Stamp(Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
}
