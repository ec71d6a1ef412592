package org.cscript.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invariant 6 of kernel-model.md §1.12 and the sink rule of §4.6, checked incrementally: each
 * check reads only the lines emitted since the previous one, so checking after every operation
 * costs time proportional to the trace, not its square. The host sink's serials start at
 * audit.first_serial and grow by exactly 1 per event, each event has one timestamp, timestamps
 * and the clock never go back, and the kernel's last serial is the last one written. A
 * container sink receives whole host events (the same lines), serials strictly increasing.
 */
final class AuditTraceChecker {
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
    private final long firstSerial;
    /** Index in the host lines of each event's first line, by serial - firstSerial; one past the end closes the last. */
    private final List<Integer> eventStarts = new ArrayList<>();
    private final Map<String, SinkProgress> sinks = new HashMap<>();
    private int hostChecked;
    private long lastSerial;
    private long lastStampMs = Long.MIN_VALUE;
    private long clockAtLastCheck;

    AuditTraceChecker(KernelCore k) {
        this.k = k;
        this.firstSerial = k.knobs().firstSerial();
        this.lastSerial = firstSerial - 1;
        this.clockAtLastCheck = k.log.clockMs;
    }

    void check(List<Violation> out) {
        checkHost(out);
        for (var e : k.log.sinks.entrySet()) {
            checkSink(e.getKey(), e.getValue().lines(), out);
        }
        long clock = k.log.clockMs;
        if (clock < clockAtLastCheck || clock < lastStampMs) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, "the clock went back to " + clock + " ms (it was "
                    + Math.max(clockAtLastCheck, lastStampMs) + ")"));
        }
        clockAtLastCheck = Math.max(clockAtLastCheck, clock);
    }

    private void checkHost(List<Violation> out) {
        List<String> host = k.log.hostLines();
        for (; hostChecked < host.size(); hostChecked++) {
            Stamp s = stamp(host.get(hostChecked), "host", out);
            if (s == null) {
                continue;
            }
            if (s.serial() == lastSerial + 1) {
                eventStarts.add(hostChecked);
            } else if (s.serial() != lastSerial || eventStarts.isEmpty()) {
                out.add(new Violation(Invariant.AUDIT_SERIALS, "host line " + (hostChecked + 1) + " has serial "
                        + s.serial() + " after " + lastSerial + " (expected " + (lastSerial + 1) + ")"));
            } else if (s.clockMs() != lastStampMs) {
                out.add(new Violation(Invariant.AUDIT_SERIALS, "event " + s.serial() + " has two timestamps"));
            }
            if (s.clockMs() < lastStampMs) {
                out.add(new Violation(Invariant.AUDIT_SERIALS, "timestamp goes back at serial " + s.serial()));
            }
            lastSerial = Math.max(lastSerial, s.serial());
            lastStampMs = Math.max(lastStampMs, s.clockMs());
        }
        if (k.log.lastSerial != lastSerial) {
            out.add(new Violation(Invariant.AUDIT_SERIALS, "the kernel's last serial is " + k.log.lastSerial
                    + " but the host sink's is " + lastSerial + " (a serial consumed by no line, or reused)"));
        }
    }

    private void checkSink(String name, List<String> lines, List<Violation> out) {
        SinkProgress p = sinks.computeIfAbsent(name, n -> new SinkProgress());
        List<String> host = k.log.hostLines();
        while (p.checked < lines.size()) {
            Stamp s = stamp(lines.get(p.checked), "sink " + name, out);
            if (s == null) {
                p.checked++;
                continue;
            }
            int event = (int) (s.serial() - firstSerial);
            if (s.serial() <= p.lastSerial || event < 0 || event >= eventStarts.size()) {
                out.add(new Violation(Invariant.SINKS, "sink " + name + " line " + (p.checked + 1) + " has serial "
                        + s.serial() + " after " + p.lastSerial + " (not a later host event)"));
                p.checked++;
                continue;
            }
            int from = eventStarts.get(event);
            int to = event + 1 < eventStarts.size() ? eventStarts.get(event + 1) : hostChecked;
            int n = to - from;
            if (p.checked + n > lines.size() || !lines.subList(p.checked, p.checked + n).equals(host.subList(from, to))) {
                out.add(new Violation(Invariant.SINKS, "sink " + name + " has event " + s.serial()
                        + " but not exactly the host's lines of it"));
                p.checked = lines.size();
                return;
            }
            p.checked += n;
            p.lastSerial = s.serial();
        }
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
