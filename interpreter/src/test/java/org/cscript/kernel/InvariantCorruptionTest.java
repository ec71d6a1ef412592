package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.host.Failures;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;

/**
 * The invariant checker catches corruption: each test breaks one invariant of kernel-model.md
 * §1.12 behind the model's back, the way a bug in an operation would, and asserts that the
 * violation names it. A checker that reports nothing would pass every other test.
 */
class InvariantCorruptionTest {
    /** A kernel after P0 that checks only when asked, so a test can corrupt it first. */
    private static Kernel kernel() {
        Kernel k = new Kernel(KernelConfig.defaults());
        k.startOrchestrator();
        assertEquals(List.of(), k.checkInvariants());
        return k;
    }

    private static Task orch(Kernel k) {
        return k.core.tasks.get(100L);
    }

    private static void assertBroken(Kernel k, Invariant expected, String detail) {
        List<Violation> found = k.checkInvariants();
        assertTrue(found.stream().anyMatch(v -> v.invariant() == expected && v.detail().contains(detail)),
                "expected " + expected + " '" + detail + "', found " + found);
    }

    @Test
    void aTaskOutsideEveryContainer() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.core.initContainer.members.remove(t);
        assertBroken(k, Invariant.MEMBERSHIP, "is a member of 0 live containers");
    }

    @Test
    void aStaleRegistry() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.contidWrite(orch(k), t, "5");
        t.contid = 6;
        assertBroken(k, Invariant.REGISTRY, "has contid 6 but is not in its entry");
    }

    @Test
    void aDeadContainerGainsAMember() {
        Kernel k = kernel();
        Task orch = orch(k);
        int cfd = k.containerCreate(orch, "c", 0, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        Task other = k.forkIntoContainer(orch, cfd);
        k.exit(init, 0);   // init dies: DEAD; the other member is SIGKILLed
        Container c = k.core.containers.get(1L);
        assertTrue(c.dead && !other.running());
        assertEquals(List.of(), k.checkInvariants());
        Task joiner = k.fork(orch);   // a buggy join, behind the checks of OP-17
        joiner.container.members.remove(joiner);
        k.core.initContainer.usage--;
        k.core.joinContainer(joiner, c);
        assertBroken(k, Invariant.DEAD_CONTAINER, "DEAD ctr 1 gained member task " + joiner.tid());
    }

    @Test
    void aWrongUsageCount() {
        Kernel k = kernel();
        k.containerCreate(orch(k), "x", 0, 0, 0, 0);
        k.core.containers.get(1L).usage++;
        assertBroken(k, Invariant.CONTAINER_USAGE, "ctr 1 usage 2, sources 1 (1 file(s), 0 members, 0 children)");
    }

    @Test
    void aLeakedNamespaceReference() {
        Kernel k = kernel();
        k.core.initUserNs.refs++;
        assertBroken(k, Invariant.NAMESPACE_REFS, "user:[4026531837] refs");
    }

    @Test
    void aReusedTid() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.exit(t, 0);
        k.waitpid(orch(k), t);
        assertEquals(List.of(), k.checkInvariants());
        k.core.initPidNs.nextNr = t.tid();   // the PID allocator goes back
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "the tid counter went back from 102 to 101");
        Task again = k.fork(orch(k));
        assertEquals(t.tid(), again.tid());
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "tid 101 reused: first held by task 101, now by another task 101");
    }

    @Test
    void aReusedContainerId() {
        Kernel k = kernel();
        int cfd = k.containerCreate(orch(k), "a", 0, 0, 0, 0);
        assertEquals(List.of(), k.checkInvariants());
        k.close(orch(k), cfd);   // never started: destroyed
        assertEquals(List.of(), k.checkInvariants());
        k.core.nextCtrId--;
        k.containerCreate(orch(k), "b", 0, 0, 0, 0);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "container id 1 reused: first held by ctr 1 'a', now by another ctr 1 'b'");
    }

    @Test
    void aReusedInodeNumber() {
        Kernel k = kernel();
        k.unshare(orch(k), Sim.NEWUTS);
        assertEquals(List.of(), k.checkInvariants());
        k.unshare(orch(k), Sim.NEWUTS);   // the first new uts namespace is destroyed
        assertEquals(List.of(), k.checkInvariants());
        k.core.nextInum -= 2;
        k.unshare(orch(k), Sim.NEWUTS);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "inum 4026532000 reused");
    }

    @Test
    void aSerialGapAndAClockGoingBack() {
        Kernel k = kernel();
        k.auditctl("-a always,exit -S getpid");
        k.getpid(orch(k));
        k.core.log.lastSerial++;
        k.getpid(orch(k));
        assertBroken(k, Invariant.AUDIT_SERIALS, "has serial 3 after 1");
        k.core.log.clockMs -= 10;
        assertBroken(k, Invariant.AUDIT_SERIALS, "the clock went back");
    }

    @Test
    void aSinkWithAPartialEvent() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.auditSinkCreate("c5", 5);
        k.contidWrite(orch(k), t, "5");
        assertEquals(List.of(), k.checkInvariants());
        k.core.log.sinks.get("c5").lines().add(k.hostTrace().get(0).replace(":1):", ":9):"));
        assertBroken(k, Invariant.SINKS, "has serial 9 after 1 (not a later host event)");
    }

    @Test
    void aDescriptorCountOffByOne() {
        Kernel k = kernel();
        int fd = k.nsOpen(orch(k), orch(k), "net");
        orch(k).fds.entries.get(fd).file().refs++;
        assertBroken(k, Invariant.DESCRIPTOR_COUNTS, "refs 2, descriptor entries 1");
    }

    @Test
    void aStaleIndex() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.core.initPidNs.activeTasks.remove(t.tid());
        assertBroken(k, Invariant.INDEXES, "live-task index is stale");
    }

    /** With checks after every operation the operation that broke an invariant fails as a bug, named. */
    @Test
    void everyOperationModeNamesTheInvariantAndTheOperation() {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        Task orch = k.startOrchestrator();
        k.close(orch, k.containerCreate(orch, "a", 0, 0, 0, 0));
        k.core.nextCtrId = 1;   // the next container reuses the id of the destroyed one
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> k.containerCreate(orch, "b", 0, 0, 0, 0));
        assertEquals(Invariant.IDS_NEVER_REUSED, e.invariant());
        assertEquals("containerCreate: container_create by task 100 (a0=0x0 a1=0x0 a2=0x0 a3=0x0)", e.operation());
        assertTrue(e.getMessage().contains("after containerCreate: container_create by task 100 (a0=0x0 a1=0x0 a2=0x0 a3=0x0):"
                + " §1.12.5 IDS_NEVER_REUSED: container id 1 reused"), e.getMessage());
        assertEquals(ScenarioResult.Status.INTERNAL_ERROR, Failures.classify(e), "a bug in cscript: exit 70");
    }

    /** Failed operations and the facade's non-event entry points are checked too. */
    @Test
    void failuresAndAdministrationAreCheckedToo() {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        Task orch = k.startOrchestrator();
        k.core.initUserNs.refs++;
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> k.close(orch, 42));
        assertTrue(e.operation().startsWith("close: close by task 100 (a0=0x2a"), e.operation());
        k.core.initUserNs.refs--;
        k.core.log.clockMs -= 5;
        e = assertThrows(InvariantViolation.class, () -> k.auditctl("-a always,exit -S getpid"));
        assertEquals("auditctl", e.operation());
        assertEquals(Invariant.AUDIT_SERIALS, e.invariant());
    }
}
