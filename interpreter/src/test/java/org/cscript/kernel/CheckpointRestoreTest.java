package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.NsKind;
import org.cscript.abi.Signal;
import org.junit.jupiter.api.Test;

/** Checkpoint and restore of a container (docs/proposals/checkpoint-restore.md). */
class CheckpointRestoreTest {
    private static final long PID_NS = ContainerFlags.NEW_PID_NS;

    /** "web" (cfd 3 of orch) with init 101 under contid 42 and its child 102. */
    private static Task[] web(Sim s, long flags) {
        int cfd = s.create(s.orch, "web", flags);
        assertEquals(3, cfd);
        Task init = s.forkInto(s.orch, cfd);
        s.contidWrite(s.orch, init, "42");
        Task child = s.fork(init);
        s.run(() -> s.k.execve(child, "/usr/bin/worker"));
        s.newLines();
        return new Task[] {init, child};
    }

    private static void killAndClose(Sim s) {
        s.run(() -> s.k.containerKill(s.orch, 3, 0, Signal.SIGKILL.number()));
        s.close(s.orch, 3);
        s.newLines();
    }

    @Test
    void offByDefaultBothAreRefusedNamingTheKnob() {
        Sim s = new Sim();
        web(s, 0);
        ConfigException e = assertThrows(ConfigException.class, () -> s.k.checkpoints().checkpoint(s.orch, 3));
        assertTrue(e.getMessage().contains("container.checkpoint = on"), e.getMessage());
        assertThrows(ConfigException.class, () -> s.k.checkpoints().restore(s.orch, "ckpt-1"));
        s.noEvent();
    }

    @Test
    void theImageHoldsTheTasksNamespacesAndContid() {
        Sim s = Sim.with("container.checkpoint", "on");
        Task[] t = web(s, PID_NS);
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        assertEquals("ckpt-1", id);
        List<String> lines = s.newLines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("op=checkpoint ctr=1 image=ckpt-1 tasks=2 contid=42 pid=100"), lines.get(0));
        CheckpointImage image = s.k.checkpoints().image(id);
        assertEquals("web", image.name());
        assertEquals(1, image.ctr());
        assertTrue(image.ownPidns());
        assertEquals(t[0].nsproxy.get(NsKind.PID).inum, image.namespaces().get(NsKind.PID));
        List<CheckpointImage.TaskImage> tasks = image.tasks();
        assertEquals(2, tasks.size());
        assertEquals(List.of(101L, 102L), tasks.stream().map(CheckpointImage.TaskImage::tgid).toList());
        assertEquals(List.of(1L, 2L), tasks.stream().map(CheckpointImage.TaskImage::innerPid).toList());
        assertEquals(List.of(0L, 101L), tasks.stream().map(CheckpointImage.TaskImage::parentTgid).toList());
        assertEquals("worker", tasks.get(1).comm());
        assertEquals(42, tasks.get(1).contid());
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void restoreMakesNewIdsKeepsInnerPidsAndRegistersTheContidAgain() {
        Sim s = Sim.with("container.checkpoint", "on");
        Task[] old = web(s, PID_NS);
        long oldPidns = old[0].nsproxy.get(NsKind.PID).inum;
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        killAndClose(s);
        int fd = s.op(() -> s.k.checkpoints().restore(s.orch, id));
        List<String> lines = s.newLines();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("op=container_create") && lines.get(0).contains("nstype=pid"), lines.get(0));
        assertTrue(lines.get(1).contains("op=create ctr=2 "), lines.get(1));
        assertTrue(lines.get(3).contains("op=set opid=103 contid=42 old-contid=" + Sim.UNSET), lines.get(3));
        assertTrue(lines.get(4).contains("op=restore ctr=2 old-ctr=1 image=ckpt-1 tasks=2 contid=42 pid=100"));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("type=SYSCALL")), "restore is no syscall");
        Task init = s.k.procTask(s.orch, 103);
        Task child = s.k.procTask(s.orch, 104);
        assertEquals(1, s.k.getpid(init));
        assertEquals(2, s.k.getpid(child));
        assertEquals(init.tid(), child.ppid());
        assertEquals(2, init.containerId());
        assertNotEquals(oldPidns, init.nsproxy.get(NsKind.PID).inum);
        assertEquals(42, child.contid());
        assertEquals("worker", child.comm);
        assertEquals(List.of(42L), List.copyOf(s.k.core.registry.entries.keySet()));
        assertEquals(FileView.Kind.CONTAINER, s.k.describeFd(s.orch, fd).kind());
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void withoutAPidNamespaceOfItsOwnThePidsChange() {
        Sim s = Sim.with("container.checkpoint", "on");
        web(s, 0);
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        assertTrue(!s.k.checkpoints().image(id).ownPidns());
        killAndClose(s);
        s.op(() -> s.k.checkpoints().restore(s.orch, id));
        Task child = s.k.procTask(s.orch, 104);
        assertEquals(104, s.k.getpid(child));
        assertEquals(103, child.ppid());
        assertEquals(42, child.contid());
    }

    @Test
    void refusedWhileTheOriginalContidIsLiveAndBeforeAnyEffect() {
        Sim s = Sim.with("container.checkpoint", "on");
        web(s, PID_NS);
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        s.newLines();
        AdminArgumentException e = assertThrows(AdminArgumentException.class,
                () -> s.k.checkpoints().restore(s.orch, id));
        assertTrue(e.getMessage().contains("audit container ID 42 is still registered"), e.getMessage());
        s.noEvent();
        assertEquals(2, s.k.core.nextCtrId, "no container was created");
        // the second restore of one image is refused too, while the first restore runs
        killAndClose(s);
        s.op(() -> s.k.checkpoints().restore(s.orch, id));
        assertThrows(AdminArgumentException.class, () -> s.k.checkpoints().restore(s.orch, id));
    }

    @Test
    void whatTheModelCannotImageIsRefused() {
        Sim s = Sim.with("container.checkpoint", "on");
        Task[] t = web(s, 0);
        s.run(() -> s.k.cloneThread(t[1]));
        AdminArgumentException threads = assertThrows(AdminArgumentException.class,
                () -> s.k.checkpoints().checkpoint(s.orch, 3));
        assertTrue(threads.getMessage().contains("has threads"), threads.getMessage());
        assertThrows(AdminArgumentException.class, () -> s.k.checkpoints().checkpoint(s.orch, 0));
        assertThrows(AdminArgumentException.class, () -> s.k.checkpoints().checkpoint(t[0], 3));
        assertThrows(AdminArgumentException.class, () -> s.k.checkpoints().restore(s.orch, "ckpt-9"));
        s.noEvent();
    }

    @Test
    void theRestorerNeedsCapSysAdmin() {
        Sim s = Sim.with("container.checkpoint", "on");
        web(s, 0);
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        killAndClose(s);
        Task helper = s.fork(s.orch);
        s.run(() -> s.k.capset(helper, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.newLines();
        AdminArgumentException e = assertThrows(AdminArgumentException.class,
                () -> s.k.checkpoints().restore(helper, id));
        assertTrue(e.getMessage().contains("CAP_SYS_ADMIN"), e.getMessage());
        s.noEvent();
    }

    @Test
    void aRestoreTheTaskLimitWouldStopPartWayIsRefusedBeforeAnyEffect() {
        Sim s = Sim.with("container.checkpoint", "on");
        web(s, PID_NS);
        String id = s.op(() -> s.k.checkpoints().checkpoint(s.orch, 3));
        killAndClose(s);
        // room for one more task; the image has two (without the check: a container with an init only)
        s.run(() -> s.k.configure("limits.tasks", String.valueOf(s.k.core.tasks.size() + 1)));
        LimitException e = assertThrows(LimitException.class, () -> s.k.checkpoints().restore(s.orch, id));
        assertTrue(e.getMessage().contains("limits.tasks"), e.getMessage());
        s.noEvent();
        assertEquals(2, s.k.core.nextCtrId, "no container was created");
    }
}
