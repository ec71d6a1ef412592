package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceRecord;
import org.cscript.audit.WrittenEvent;
import org.junit.jupiter.api.Test;

/**
 * A kernel that streams its trace (TraceKeeping.STREAMED) writes exactly what one that keeps it
 * does, event by event, and keeps nothing; a record read from its event answers as its printed
 * line parsed back does.
 */
class TraceStreamingTest {

    /** A few operations that write every kind of field: container records, SYSCALL, hex comm, a user message. */
    private static void scenario(Kernel k) {
        Task orch = k.startOrchestrator();
        k.auditctl("-a always,exit -S getpid");
        int cfd = k.containerCreate(orch, "web", 0, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        k.contidWrite(orch, init, "42");
        k.auditUserMsg(orch, "it's a \"message\" with spaces");
        k.getpid(init);
        k.exit(init, 3);
        k.waitpid(orch, init);
        k.close(orch, cfd);
    }

    private static List<WrittenEvent> streamed(Consumer<Kernel> body) {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION, TraceKeeping.STREAMED);
        List<WrittenEvent> events = new ArrayList<>();
        k.addTraceListener(events::add);
        body.accept(k);
        assertThrows(IllegalStateException.class, k::hostTrace, "a streaming kernel keeps no lines");
        return events;
    }

    @Test
    void theStreamedEventsAreTheKeptTraceInSerialOrder() {
        Kernel kept = new Kernel(KernelConfig.defaults());
        scenario(kept);
        List<WrittenEvent> events = streamed(TraceStreamingTest::scenario);
        List<String> lines = new ArrayList<>();
        long serial = 0;
        for (WrittenEvent e : events) {
            assertEquals(serial + 1, e.serial());
            serial = e.serial();
            lines.addAll(e.lines());
        }
        assertEquals(kept.hostTrace(), lines);
        StringBuilder appended = new StringBuilder();
        events.forEach(e -> e.appendLines(appended));
        assertEquals(String.join("\n", lines) + "\n", appended.toString());
    }

    @Test
    void aWrittenRecordAnswersAsItsLineParsedBack() throws MalformedRecordException {
        for (WrittenEvent e : streamed(TraceStreamingTest::scenario)) {
            for (int i = 0; i < e.records().size(); i++) {
                TraceRecord written = TraceRecord.of(e, i);
                TraceRecord parsed = TraceRecord.parse(e.lines().get(i));
                assertEquals(parsed.line(), written.line());
                assertEquals(parsed.type(), written.type());
                assertEquals(parsed.printedType(), written.printedType());
                assertEquals(parsed.timestamp(), written.timestamp());
                assertEquals(parsed.serial(), written.serial());
                assertEquals(parsed.fieldNames(), written.fieldNames());
                for (String name : parsed.fieldNames()) {
                    assertEquals(parsed.raw(name), written.raw(name), name);
                    assertEquals(parsed.decoded(name), written.decoded(name), name);
                }
            }
        }
    }

    @Test
    void theTraceLimitCountsStreamedRecordsToo() {
        KernelConfig config = KernelConfig.defaults();
        config.set("limits.trace_records", "2");
        Kernel k = new Kernel(config, Kernel.InvariantChecks.OFF, TraceKeeping.STREAMED);
        Task orch = k.startOrchestrator();
        k.auditUserMsg(orch, "a");
        k.auditUserMsg(orch, "b");
        assertThrows(LimitException.class, () -> k.auditUserMsg(orch, "c"));
        assertEquals(2, k.traceRecordsWritten());
    }
}
