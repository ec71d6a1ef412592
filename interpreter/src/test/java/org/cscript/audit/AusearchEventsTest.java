package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The real audit userspace (auditd 3.0.9's ausearch and aureport) reads every golden trace as
 * the log of a kernel of this design: events grouped as {@link AusearchEventModel} says; under
 * the seed profile every serial one event, except where Linux's own LOGIN or USER record opens it
 * (ausearch closes those after their first record on any Linux system); {@code -a SERIAL} returns
 * exactly that serial's records; {@code -i} interprets only fields that carry the meaning ausearch
 * gives their name; aureport counts the same events. Skipped, never passed, without the tools.
 */
class AusearchEventsTest {

    /** Fields that ausearch -i rewrites and whose value in our records has exactly the meaning it assumes. */
    private static final Set<String> LINUX_MEANING = Set.of("arch", "syscall", "a0", "a1", "a2", "a3", "exit",
            "success", "uid", "gid", "euid", "suid", "fsuid", "egid", "sgid", "fsgid", "auid", "ses", "old-auid",
            "old-ses", "res", "comm", "exe", "name", "key", "proto", "ouid", "ogid", "oauid", "ocomm", "mode",
            "cap_fp", "cap_fi", "cap_fe", "cwd", "msg");

    private static final Pattern FIELD = Pattern.compile(" ([A-Za-z0-9_-]+)=(\"[^\"]*\"|'[^']*'|\\S*)");

    /** A check of one trace file. */
    private interface TraceCheck {
        void check(Path trace) throws Exception;
    }

    /** Per golden trace: grouping, -a SERIAL, -i and aureport's counts, each a test of its own. */
    @TestFactory
    Stream<DynamicContainer> everyGoldenTraceReadsAsTheKernelWroteIt() throws IOException {
        Map<String, TraceCheck> checks = new LinkedHashMap<>();
        checks.put("ausearch groups the events", AusearchEventsTest::checkGrouping);
        checks.put("ausearch -a SERIAL selects each serial exactly", AusearchEventsTest::checkSerials);
        checks.put("ausearch -i interprets only fields with their Linux meaning", AusearchEventsTest::checkInterpretation);
        checks.put("aureport counts the same events", AusearchEventsTest::checkAureport);
        return AuditTools.goldenTraces().stream().map(trace -> dynamicContainer(AuditTools.displayName(trace),
                trace.toUri(), checks.entrySet().stream().map(c -> dynamicTest(c.getKey(),
                        () -> c.getValue().check(trace)))));
    }

    /**
     * How ausearch 3.0.9 splits the v11 numbers (records.md "ausearch and the record numbers"):
     * CONTAINER_OP is 1020, below 1300, so it is an event of its own and the SYSCALL record of the
     * write opens a second one, which its CONTAINER_ID (1336, URINGOP to 3.0.9) joins.
     */
    @org.junit.jupiter.api.Test
    void upstreamV11NumbersSplitTheWriteEvent() throws IOException, InterruptedException {
        Path trace = AuditTools.repositoryRoot().resolve("examples/upstream_v11_records.trace");
        List<List<String>> events = events(AuditTools.run("ausearch", trace, "upstream_v11_records.trace",
                "-if", "FILE", "-a", "1").out());
        assertEquals(List.of("CONTAINER_OP"), types(events.get(0)));
        assertEquals(List.of("SYSCALL"), types(events.get(1)));
        assertEquals(2, events.size(), events.toString());
        for (List<String> e : AusearchEventModel.events(Files.readAllLines(trace))) {
            if (e.get(0).startsWith("type=SYSCALL ") && e.size() > 1) {
                assertEquals("CONTAINER_ID", types(e).get(1), "CONTAINER_ID stays with the SYSCALL it annotates");
            }
        }
    }

    private static List<String> types(List<String> event) {
        return event.stream().map(l -> l.substring("type=".length(), l.indexOf(' '))).toList();
    }

    private static void checkGrouping(Path trace) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(trace);
        List<List<String>> expected = AusearchEventModel.events(lines);
        AuditTools.Run run = AuditTools.run("ausearch", trace, AuditTools.displayName(trace), "-if", "FILE");
        assertEquals(expected, events(run.out()), run.command() + " groups the records otherwise than the model");
        if (!AuditTools.upstreamProfile(trace)) {
            for (Map.Entry<String, List<List<String>>> serial : bySerial(expected).entrySet()) {
                List<List<String>> events = serial.getValue();
                String first = events.get(0).get(0);
                boolean linuxOpener = first.startsWith("type=LOGIN ") || first.startsWith("type=USER ");
                assertEquals(linuxOpener && lines(serial.getValue()) > 1 ? 2 : 1, events.size(),
                        "serial " + serial.getKey() + " comes back from " + run.command() + " as " + events);
            }
        }
    }

    private static void checkSerials(Path trace) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(trace);
        for (String serial : serials(lines)) {
            List<String> own = lines.stream().filter(l -> serialOf(l).equals(serial)).toList();
            AuditTools.Run run = AuditTools.run("ausearch", trace, AuditTools.displayName(trace), "-if", "FILE",
                    "-a", serial, "--raw");
            assertEquals(own, run.out().lines().toList(), run.command());
        }
    }

    private static void checkInterpretation(Path trace) throws IOException, InterruptedException {
        List<List<String>> raw = AusearchEventModel.events(Files.readAllLines(trace));
        AuditTools.Run run = AuditTools.run("ausearch", trace, AuditTools.displayName(trace), "-if", "FILE", "-i");
        List<List<String>> interpreted = events(run.out());
        assertEquals(raw.size(), interpreted.size(), run.command() + ": events");
        Set<String> wrong = new TreeSet<>();
        for (int e = 0; e < raw.size(); e++) {
            for (int r = 0; r < raw.get(e).size(); r++) {
                String line = raw.get(e).get(r);
                Map<String, String> before = fields(line);
                Map<String, String> after = fields(interpreted.get(e).get(r));
                for (Map.Entry<String, String> f : before.entrySet()) {
                    String shown = after.get(f.getKey());
                    if (shown != null && !shown.equals(unquoted(f.getValue())) && !LINUX_MEANING.contains(f.getKey())) {
                        wrong.add(line.substring(0, line.indexOf(' ')) + " " + f.getKey() + "=" + f.getValue()
                                + " shown as " + shown);
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(run.command() + " reads fields of ours with another meaning:\n  " + String.join("\n  ", wrong));
        }
    }

    private static void checkAureport(Path trace) throws IOException, InterruptedException {
        int events = AusearchEventModel.events(Files.readAllLines(trace)).size();
        String name = AuditTools.displayName(trace);
        AuditTools.Run summary = AuditTools.run("aureport", trace, name, "-if", "FILE", "--summary");
        Matcher m = Pattern.compile("(?m)^Number of events: (\\d+)$").matcher(summary.out());
        assertTrue(m.find(), summary.command() + " printed no event count:\n" + summary.out());
        assertEquals(events, Integer.parseInt(m.group(1)), summary.command());
        AuditTools.Run list = AuditTools.run("aureport", trace, name, "-if", "FILE", "-e");
        assertEquals(events, list.out().lines().filter(l -> l.matches("\\d+\\. .*")).count(), list.command());
    }

    /** ausearch's default output: "----" before each event, a time-> line, its records last first. */
    static List<List<String>> events(String output) {
        List<List<String>> events = new ArrayList<>();
        for (String block : output.split("(?m)^----$")) {
            List<String> records = new ArrayList<>(block.lines().filter(l -> l.startsWith("type=")).toList());
            if (!records.isEmpty()) {
                Collections.reverse(records);
                events.add(records);
            }
        }
        return events;
    }

    private static Map<String, List<List<String>>> bySerial(List<List<String>> events) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (List<String> e : events) {
            out.computeIfAbsent(serialOf(e.get(0)), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static int lines(List<List<String>> events) {
        return events.stream().mapToInt(List::size).sum();
    }

    private static List<String> serials(List<String> lines) {
        return lines.stream().map(AusearchEventsTest::serialOf).distinct().toList();
    }

    private static String serialOf(String line) {
        return line.substring(line.indexOf(':', line.indexOf("msg=audit(")) + 1, line.indexOf(")"));
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(line.substring(line.indexOf(':', line.indexOf(')'))));
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
