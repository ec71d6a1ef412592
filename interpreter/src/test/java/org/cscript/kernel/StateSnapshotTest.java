package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.ContainerFlags;
import org.cscript.kernel.StateSnapshot.ContainerNode;
import org.cscript.kernel.StateSnapshot.TaskNode;
import org.junit.jupiter.api.Test;

/** {@link StateSnapshot}, what {@code cscript draw} shows of the model, and its text form. */
class StateSnapshotTest {

    private static Kernel kernel() {
        return new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
    }

    @Test
    void aContainerWithItsInitAndTheirNamespaces() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        int cfd = k.containerCreate(orch, "web", ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_NET_NS, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        k.contidWrite(orch, init, "42");
        StateSnapshot s = StateSnapshot.of(k);
        assertTrue(s.booted());
        assertEquals(List.of(1L, 100L, 101L), s.tasks().stream().map(TaskNode::tid).toList());
        TaskNode t = s.tasks().get(2);
        assertEquals(100, t.ppid());
        assertEquals(1, t.container());
        assertEquals("web", t.containerName());
        assertEquals(42, t.contid());
        assertEquals(-1, s.tasks().get(1).contid());
        ContainerNode web = s.containers().get(1);
        assertEquals(List.of(0L, 1L), s.containers().stream().map(ContainerNode::id).toList());
        assertEquals(101, web.init());
        assertEquals(0, web.parent());
        assertEquals(-1, s.containers().getFirst().parent());
        assertEquals(List.of(101L), web.members());
        assertEquals(t.namespaces().get("pid"), web.namespaces().get("pid"));
        assertEquals(t.namespaces().get("net"), web.namespaces().get("net"));
        assertFalse(t.namespaces().get("net").equals(s.tasks().get(1).namespaces().get("net")));
        assertEquals(s.tasks().get(1).namespaces().get("mnt"), t.namespaces().get("mnt"));
        assertTrue(s.namespaces().stream().anyMatch(n -> n.inum() == t.namespaces().get("pid") && n.kind().equals("pid")
                && n.level() == 1));
    }

    @Test
    void theTextFormReadsBackTheSameSnapshotAlsoForAwkwardNames() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        int cfd = k.containerCreate(orch, "x\\N\ty", ContainerFlags.NEW_UTS_NS, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        k.execve(init, "/bin/a\tb\\c\nd,e=f");
        StateSnapshot s = StateSnapshot.of(k);
        StateSnapshot back = StateSnapshot.decode(s.encode());
        assertEquals(s, back);
        assertEquals("x\\N\ty", back.containers().get(1).name());
        List<TakenSnapshot> taken = List.of(new TakenSnapshot("one\ttwo", 3, s), new TakenSnapshot(null, 0,
                StateSnapshot.NOT_BOOTED), new TakenSnapshot("snapshot", 7, s));
        StringBuilder text = new StringBuilder();
        taken.forEach(x -> x.appendEncoded(text));
        assertEquals(taken, TakenSnapshot.decodeAll(text.toString()));
    }

    @Test
    void textThatIsNoSnapshotIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StateSnapshot.decode("task\t1"));
        assertThrows(IllegalArgumentException.class, () -> TakenSnapshot.decodeAll("nonsense\n"));
    }

    @Test
    void takingASnapshotWritesNoRecord() {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION,
                TraceKeeping.IN_KERNEL);
        Task orch = k.startOrchestrator();
        k.auditctl("-a always,exit -S getpid");
        k.getpid(orch);
        long before = k.traceRecordsWritten();
        StateSnapshot.of(k);
        assertEquals(before, k.traceRecordsWritten());
        assertTrue(before > 0);
    }
}
