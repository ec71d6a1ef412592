package org.cscript.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pairing of two runs' events: an extra event in one run shifts every later serial and
 * clock, and must not make the later events differ; an event both record differently pairs
 * field by field; events of one statement in a loop pair by what they record, not by position.
 */
class EventPairingTest {
    /** A trace of events given as {record lines without the stamp}, stamped with consecutive serials and a 1 ms clock. */
    private static List<String> trace(List<List<String>> events) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String stamp = String.format("msg=audit(1500000000.%03d:%d):", i, i + 1);
            for (String record : events.get(i)) {
                int space = record.indexOf(' ');
                lines.add(record.substring(0, space) + " " + stamp + record.substring(space));
            }
        }
        return lines;
    }

    private static String syscall(int nr, String key) {
        return "type=SYSCALL arch=c000003e syscall=" + nr + " success=yes exit=0 pid=100 key=" + key;
    }

    /** Pairs two traces whose line i was written by statement {@code origins[i]}. */
    private static List<EventPairing.Pair> pair(List<String> seed, List<String> seedOrigins, List<String> upstream,
            List<String> upstreamOrigins) {
        return EventPairing.pair(TraceEvent.of(seed, seedOrigins::get), TraceEvent.of(upstream, upstreamOrigins::get));
    }

    @Test
    void anExtraEventShiftsTheSerialsButTheLaterEventsStayIdentical() {
        List<String> seed = trace(List.of(List.of(syscall(1, "a")), List.of(syscall(59, "b")), List.of(syscall(62, "c"))));
        List<String> upstream = trace(List.of(List.of(syscall(1, "a")), List.of(syscall(231, "x")),
                List.of(syscall(59, "b")), List.of(syscall(62, "c"))));
        List<EventPairing.Pair> pairs = pair(seed, List.of("s:1", "s:2", "s:3"), upstream,
                List.of("s:1", "s:9", "s:2", "s:3"));
        assertEquals(List.of(EventPairing.Kind.IDENTICAL, EventPairing.Kind.ONLY_UPSTREAM, EventPairing.Kind.IDENTICAL,
                EventPairing.Kind.IDENTICAL), pairs.stream().map(EventPairing.Pair::kind).toList());
        assertEquals(2, pairs.get(1).upstream().serial());
        assertNull(pairs.get(1).seed());
        assertEquals(3, pairs.get(3).seed().serial());
        assertEquals(4, pairs.get(3).upstream().serial(), "paired across the shift");
    }

    @Test
    void theSameEventRecordedDifferentlyPairsAndItsFieldsAreCompared() {
        List<String> seed = trace(List.of(List.of("type=UNKNOWN[1344] op=set opid=101 contid=5 "
                + "old-contid=18446744073709551615 pid=100 res=1", syscall(1, "(null)")), List.of(syscall(59, "e"))));
        List<String> upstream = trace(List.of(List.of(syscall(62, "k"), "type=OBJ_PID opid=102"),
                List.of("type=CONTAINER_OP op=set opid=101 contid=5 old-contid=-1", syscall(1, "(null)")),
                List.of(syscall(59, "e"))));
        List<EventPairing.Pair> pairs = pair(seed, List.of("s:3", "s:3", "s:4"), upstream, List.of("s:2", "s:2", "s:3",
                "s:3", "s:4"));
        assertEquals(List.of(EventPairing.Kind.ONLY_UPSTREAM, EventPairing.Kind.DIFFERENT, EventPairing.Kind.IDENTICAL),
                pairs.stream().map(EventPairing.Pair::kind).toList());
        List<RecordDifference> records = RecordDifference.of(pairs.get(1).seed(), pairs.get(1).upstream());
        assertEquals(2, records.size(), "CONTAINER pairs with CONTAINER_OP, SYSCALL with SYSCALL");
        RecordDifference container = records.getFirst();
        assertEquals("CONTAINER", container.seed().type(), "UNKNOWN[1344] is read as its design name");
        assertEquals("CONTAINER_OP", container.upstream().type());
        assertEquals(List.of(new RecordDifference.Field("old-contid", "18446744073709551615", "-1"),
                new RecordDifference.Field("pid", "100", null), new RecordDifference.Field("res", "1", null)),
                container.fields().stream().filter(RecordDifference.Field::differs).toList());
        assertEquals(true, records.get(1).same());
    }

    @Test
    void eventsOfOneStatementInALoopPairByWhatTheyRecordNotByPosition() {
        // the loop at s:5 writes three events; upstream leaves out the middle one
        List<String> seed = trace(List.of(List.of(syscall(62, "k0")), List.of(syscall(62, "k1")),
                List.of(syscall(62, "k2"))));
        List<String> upstream = trace(List.of(List.of(syscall(62, "k0")), List.of(syscall(62, "k2"))));
        List<EventPairing.Pair> pairs = pair(seed, List.of("s:5", "s:5", "s:5"), upstream, List.of("s:5", "s:5"));
        assertEquals(List.of(EventPairing.Kind.IDENTICAL, EventPairing.Kind.ONLY_SEED, EventPairing.Kind.IDENTICAL),
                pairs.stream().map(EventPairing.Pair::kind).toList());
        assertEquals(3, pairs.get(2).seed().serial());
        assertEquals(2, pairs.get(2).upstream().serial());
    }

    @Test
    void aFailedRunCutsTheOtherRunsLaterEventsFromTheComparison() {
        List<String> seed = trace(List.of(List.of(syscall(1, "a")), List.of(syscall(59, "b")), List.of(syscall(62, "c"))));
        List<String> upstream = trace(List.of(List.of(syscall(1, "z"))));
        Comparison comparison = Comparison.of(seed, i -> "s:" + (i + 1), upstream, i -> "s:1", Comparison.Side.UPSTREAM);
        assertEquals(1, comparison.pairs().size());
        assertEquals(EventPairing.Kind.DIFFERENT, comparison.pairs().getFirst().kind());
        assertEquals("the upstream run failed: compared up to its last event; 2 events the seed run wrote after that "
                + "not compared\n0 events identical, 1 differ, 0 only in seed, 0 only in upstream\n", comparison.summary());
    }

    @Test
    void sideBySideRowsWrapAtFieldsAndCutOnlyAFieldWiderThanTheColumn() {
        assertEquals(List.of("a=1 b=2", "c=3", "dddddddd", "dd"), SideBySideView.pack(List.of("a=1", "b=2", "c=3",
                "dddddddddd"), 8));
    }
}
