package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit backlog of docs/proposals/audit-backlog.md through the kernel's Java API, the
 * invariants checked after every operation (serial gaps of wholly lost events included).
 */
class AuditBacklogTest {

    private static Kernel kernel(String... keyValues) {
        KernelConfig c = KernelConfig.defaults();
        for (int i = 0; i < keyValues.length; i += 2) {
            c.set(keyValues[i], keyValues[i + 1]);
        }
        return new Kernel(c, Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
    }

    private static List<String> serials(Kernel k) {
        return k.hostTrace().stream().map(l -> l.substring(l.indexOf(':') + 1, l.indexOf(')'))).toList();
    }

    @Test
    void aFullBacklogLosesTheTailOfAnEventAndWholeEventsLeaveSerialGaps() {
        Kernel k = kernel("audit.backlog_limit", "3", "audit.reader", "manual");
        Task orch = k.startOrchestrator();
        Task t = k.fork(orch);
        k.contidWrite(orch, t, "5");          // serial 1: CONTAINER + SYSCALL, both queued
        k.auditUserMsg(t, "a");               // serial 2: USER queued, its CONTAINER_INFO lost
        k.auditUserMsg(t, "b");               // serial 3: both lost
        assertEquals(3, k.backlog().waiting(null));
        assertEquals(3, k.backlog().lost(null));
        assertEquals(List.of(), k.hostTrace(), "nothing read yet");
        assertEquals(3, k.backlog().read(null));
        assertEquals(List.of("1", "1", "2"), serials(k));
        k.auditUserMsg(orch, "after");        // serial 4: the gap of 3 is expected by the checks
        k.backlog().read(null);
        assertEquals("4", serials(k).get(3));
        assertEquals(List.of(), k.checkInvariants());
        assertEquals("audit: audit_backlog=4 > audit_backlog_limit=3", k.backlog().kernelLog().get(0));
        assertEquals("audit: audit_lost=1 audit_rate_limit=0 audit_backlog_limit=3", k.backlog().kernelLog().get(1));
    }

    @Test
    void theDefaultsLoseNothingAndReadEveryEventAtOnce() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        for (int i = 0; i < 1000; i++) {
            k.auditUserMsg(orch, "m" + i);
        }
        assertEquals(1000, k.hostTrace().size());
        assertEquals(0, k.backlog().waiting(null));
        assertEquals(0, k.backlog().lost(null));
        assertEquals(0, k.backlog().read(null));
    }

    @Test
    void theRateLimitCountsPerSecondOfTheModelClock() {
        Kernel k = kernel("audit.rate_limit", "2", "audit.failure", "silent");
        Task orch = k.startOrchestrator();
        for (int i = 0; i < 4; i++) {
            k.auditUserMsg(orch, "burst");
        }
        assertEquals(2, k.backlog().lost(null));
        assertEquals(List.of(), k.backlog().kernelLog(), "silent");
        k.advanceClock(1000);
        k.auditUserMsg(orch, "next");
        assertEquals(3, k.hostTrace().size());
    }

    @Test
    void panicHaltsAtTheFirstLostRecord() {
        Kernel k = kernel("audit.backlog_limit", "1", "audit.reader", "manual", "audit.failure", "panic");
        Task orch = k.startOrchestrator();
        k.auditUserMsg(orch, "one");
        KernelPanic p = assertThrows(KernelPanic.class, () -> k.auditUserMsg(orch, "two"));
        assertEquals("Kernel panic - not syncing: audit: backlog limit exceeded", p.getMessage());
        assertEquals(List.of("audit: audit_backlog=2 > audit_backlog_limit=1"), k.backlog().kernelLog());
    }
}
