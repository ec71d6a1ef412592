package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** kernel-model.md §5 A: container objects. */
class ContainerScenariosTest {
    private static final long PID = ContainerFlags.NEW_PID_NS;
    private static final long KOC = ContainerFlags.KILL_ON_CLOSE;

    /** S02 — container_create argument validation. */
    @Test
    void s02_createValidation() {
        Sim s = new Sim();
        s.fails(Errno.EINVAL, () -> s.k.containerCreate(s.orch, "x", 0x400, 0, 0, 0));
        s.fails(Errno.EINVAL, () -> s.k.containerCreate(s.orch, "x", 0x3, 0, 0, 0));
        s.fails(Errno.ENAMETOOLONG, () -> s.k.containerCreate(s.orch, "a".repeat(24), 0, 0, 0, 0));
        s.fails(Errno.EINVAL, () -> s.k.containerCreate(s.orch, "a/b", 0, 0, 0, 0));
        s.fails(Errno.EINVAL, () -> s.k.containerCreate(s.orch, null, 0, 0, 0, 0));
        s.fails(Errno.EINVAL, () -> s.k.containerCreate(s.orch, "x", 0, 1, 0, 0));
        s.noEvent();
        assertEquals(3, s.create(s.orch, "a".repeat(23), 0));
        s.event(1, "CONTAINER_OBJ op=create ctr=1 pctr=0 name=\"" + "a".repeat(23) + "\" ctrflags=0x0",
                "SYSCALL syscall=1000 success=yes exit=3");
        assertEquals(4, s.create(s.orch, "", 0));
        s.event(2, "CONTAINER_OBJ op=create ctr=2 name=\"\"", "SYSCALL exit=4");
        s.create(s.orch, "dup", 0);
        s.create(s.orch, "dup", 0);
        String first = s.newLines().get(0);
        String second = s.k.hostTrace().get(s.k.hostTrace().size() - 2);
        assertTrue(first.contains("ctr=3 pctr=0 name=\"dup\""), first);
        assertTrue(second.contains("ctr=4 pctr=0 name=\"dup\""), second);
    }

    /** S04 — closing the fd before start destroys the container. */
    @Test
    void s04_closeBeforeStartDestroys() {
        Sim s = new Sim();
        s.create(s.orch, "tmp", ContainerFlags.NEW_UTS_NS | ContainerFlags.NEW_NET_NS);
        s.event(1, "NS_CREATE nstype=uts new-ns=4026532000", "NS_CREATE nstype=net new-ns=4026532001",
                "CONTAINER_OBJ op=create ctr=1", "SYSCALL syscall=1000");
        s.close(s.orch, 3);
        s.event(2, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=uts ns=4026532000",
                "NS_DESTROY nstype=net ns=4026532001", "SYSCALL syscall=3");
        s.fails(Errno.EBADF, () -> s.k.forkIntoContainer(s.orch, 3));
        assertEquals("ID     PARENT USE FL  INIT   NAME\n0      -        3 I-- 1      .init\n",
                s.op(() -> s.k.readProcContainers(s.orch)));
    }

    /** S05 — closing the fd of a running container without KILL_ON_CLOSE leaves it running. */
    @Test
    void s05_closeRunningContainerLeavesItRunning() {
        Sim s = new Sim();
        s.create(s.orch, "svc", PID);
        s.newLines();
        Task i = s.forkInto(s.orch, 3);
        s.event(2, "CONTAINER_OBJ op=start ctr=1 opid=101", "SYSCALL");
        s.close(i, 3);
        s.close(s.orch, 3);
        s.noEvent();
        assertTrue(s.op(() -> s.k.readProcContainers(s.orch)).contains("1      0        1 I-- 101    svc\n"));
        s.exit(i, 0);
        s.event(3, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=0 killed=0", "CONTAINER_OBJ op=destroy ctr=1",
                "NS_DESTROY nstype=pid ns=4026532000", "SYSCALL syscall=231");
    }

    /** S06 — KILL_ON_CLOSE kills every member; same trace with scope=init. */
    @ParameterizedTest
    @ValueSource(strings = {"all", "init"})
    void s06_killOnCloseKillsMembers(String scope) {
        Sim s = Sim.with("container.kill_on_close_scope", scope);
        s.create(s.orch, "k", PID | KOC);
        Task i = s.forkInto(s.orch, 3);
        s.close(i, 3);
        Task m = s.fork(i);
        assertEquals(102, m.tid());
        assertEquals(2, s.op(() -> s.k.getpid(m)));
        s.newLines();
        s.close(s.orch, 3);
        s.event(3, "CONTAINER_OBJ op=kill-on-close ctr=1 pid=100", "SYSCALL syscall=3");
        s.event(4, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=9 killed=1");
        s.event(5, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=pid ns=4026532000");
        s.noEvent();
        assertEquals(new WaitResult(101, 9), s.op(() -> s.k.waitpid(s.orch, i)));
    }

    /** S07 — KILL_ON_CLOSE counts the last reference, even one held by init. */
    @Test
    void s07_lastReferenceHeldByInit() {
        Sim s = new Sim();
        s.create(s.orch, "k2", PID | KOC);
        Task i = s.forkInto(s.orch, 3);
        Task m = s.fork(i);
        s.close(m, 3);
        s.close(s.orch, 3);
        s.newLines();
        s.exit(i, 0);
        s.event(3, "CONTAINER_OBJ op=kill-on-close ctr=1 pid=101",
                "CONTAINER_OBJ op=dead ctr=1 opid=101 status=0 killed=1", "SYSCALL syscall=231");
        s.event(4, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=pid ns=4026532000");
        s.noEvent();
        assertEquals("reaped", m.state());
    }

    /** S07 variant — a dup'd fd keeps the file open; closing it later destroys the dead container. */
    @Test
    void s07_variantDupKeepsFileOpen() {
        Sim s = new Sim();
        s.create(s.orch, "k2", PID | KOC);
        Task i = s.forkInto(s.orch, 3);
        Task m = s.fork(i);
        s.close(m, 3);
        assertEquals(4, s.op(() -> s.k.dup(s.orch, 3)));
        s.close(s.orch, 3);
        s.newLines();
        s.exit(i, 0);
        s.event(3, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=0 killed=1", "SYSCALL syscall=231");
        assertEquals("reaped", m.state());
        s.close(s.orch, 4);
        s.event(4, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=pid", "SYSCALL syscall=3");
    }

    /** S08 — CLOSE_ON_EXEC closes the container fd at exec. */
    @Test
    void s08_closeOnExec() {
        Sim s = new Sim();
        s.create(s.orch, "e", ContainerFlags.FD_CLOEXEC);
        assertEquals(4, s.op(() -> s.k.nsOpen(s.orch, s.orch, "net")));
        s.newLines();
        s.run(() -> s.k.execve(s.orch, "/usr/bin/runc2"));
        s.event(2, "CONTAINER_OBJ op=destroy ctr=1", "SYSCALL syscall=59 comm=\"runc2\" exe=\"/usr/bin/runc2\"");
        s.fails(Errno.EBADF, () -> s.k.close(s.orch, 3));
        assertEquals(3, s.op(() -> s.k.dup(s.orch, 4)));
    }

    /** S09 — init execs with a CLOEXEC + KILL_ON_CLOSE fd and kills itself. */
    @Test
    void s09_initKillsItselfOnExec() {
        Sim s = new Sim();
        s.create(s.orch, "s", PID | KOC | ContainerFlags.FD_CLOEXEC);
        Task i = s.forkInto(s.orch, 3);
        s.close(s.orch, 3);
        s.newLines();
        s.run(() -> s.k.execve(i, "/bin/bash"));
        java.util.List<String> lines = s.newLines();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains(":3): op=kill-on-close ctr=1 pid=101"));
        assertTrue(lines.get(1).contains(":3): arch=c000003e syscall=59 success=yes"));
        assertTrue(lines.get(2).contains(":4): op=dead ctr=1 opid=101 status=9 killed=0"));
        assertTrue(lines.get(3).contains(":4): op=destroy ctr=1"));
        assertTrue(lines.get(4).contains(":4): nstype=pid"));
        assertEquals(9, s.op(() -> s.k.waitpid(s.orch, i)).status());
    }

    /** S10 and S11 — init death kills the container; poll, container_wait; no new processes. */
    @Test
    void s10_s11_initDeathPollWait() {
        Sim s = Sim.with();
        s.create(s.orch, "w", PID);
        Task i = s.forkInto(s.orch, 3);
        Task m1 = s.fork(i);
        Task m2 = s.fork(i);
        assertEquals(2, s.op(() -> s.k.getpid(m1)));
        assertEquals(0, s.op(() -> s.k.poll(s.orch, 3)));
        s.fails(Errno.EAGAIN, () -> s.k.containerWait(s.orch, 3));
        s.newLines();
        s.exit(i, 3);
        s.event(3, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=768 killed=2", "SYSCALL syscall=231");
        assertEquals("reaped", m1.state());
        assertEquals("reaped", m2.state());
        assertEquals(1, s.op(() -> s.k.poll(s.orch, 3)));
        assertEquals(768, s.op(() -> s.k.containerWait(s.orch, 3)));
        assertTrue(s.op(() -> s.k.readProcContainers(s.orch)).contains("1      0        1 ID- -      w\n"));
        s.fails(Errno.ECANCELED, () -> s.k.forkIntoContainer(s.orch, 3));
        s.fails(Errno.ESRCH, () -> s.k.containerKill(s.orch, 3, 0, 9));
        s.noEvent();
        s.k.auditctl("-a exit,always -S fork_into_container");
        s.fails(Errno.ECANCELED, () -> s.k.forkIntoContainer(s.orch, 3));
        s.event(4, "SYSCALL syscall=1001 success=no exit=-125 a0=3");
        s.close(s.orch, 3);
        s.event(5, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=pid", "SYSCALL syscall=3");
    }

    /** S12 — nested container objects and cascading destruction. */
    @Test
    void s12_nestedContainersCascade() {
        Sim s = new Sim();
        s.create(s.orch, "A", PID);
        Task a = s.forkInto(s.orch, 3);
        s.newLines();
        assertEquals(4, s.create(a, "B", ContainerFlags.NEW_UTS_NS));
        s.event(3, "NS_CREATE nstype=uts new-ns=4026532001", "CONTAINER_OBJ op=create ctr=2 pctr=1 pidns=4026532000",
                "SYSCALL pid=101");
        String byOrch = s.op(() -> s.k.readProcContainers(s.orch));
        assertTrue(byOrch.contains("\n0 ") && byOrch.contains("\n1      0 ") && byOrch.contains("\n2      1 "), byOrch);
        String byA = s.op(() -> s.k.readProcContainers(a));
        assertTrue(!byA.contains("\n0 ") && byA.contains("\n1      0 ") && byA.contains("\n2      1 "), byA);
        assertTrue(byA.contains("I-- 1      A\n"), byA);
        s.newLines();
        Task b = s.forkInto(a, 4);
        assertEquals(2, s.op(() -> s.k.pidIn(a, b)));
        s.newLines();
        s.close(s.orch, 3);
        s.noEvent();
        s.exit(a, 0);
        s.event(5, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=0 killed=0", "SYSCALL syscall=231");
        s.event(6, "CONTAINER_OBJ op=dead ctr=2 opid=102 status=9 killed=0", "CONTAINER_OBJ op=destroy ctr=2",
                "NS_DESTROY nstype=uts ns=4026532001", "CONTAINER_OBJ op=destroy ctr=1",
                "NS_DESTROY nstype=pid ns=4026532000");
        s.noEvent();
        assertEquals("reaped", b.state());
    }

    /** S36 — setns into a container through its fd. */
    @Test
    void s36_setnsIntoContainer() {
        Sim s = new Sim();
        s.create(s.orch, "j", ContainerFlags.NEW_UTS_NS | ContainerFlags.NEW_NET_NS);
        Task j = s.fork(s.orch);
        s.fails(Errno.EINVAL, () -> s.k.setns(j, 3, 0));
        Task i = s.forkInto(s.orch, 3);
        assertEquals(102, i.tid());
        s.fails(Errno.EINVAL, () -> s.k.setns(j, 3, Sim.NEWNET));
        s.newLines();
        s.run(() -> s.k.setns(j, 3, 0));
        s.event(3, "NS_CHANGE op=setns pid=101 nstype=uts old-ns=4026531838 new-ns=4026532000",
                "NS_CHANGE nstype=net old-ns=4026531992 new-ns=4026532001",
                "CONTAINER_OBJ op=join ctr=1 old-ctr=0 opid=101 pid=101", "SYSCALL syscall=308");
        assertEquals(1, j.containerId());
        s.exit(i, 0);
        s.event(4, "CONTAINER_OBJ op=dead ctr=1 opid=102 status=0 killed=1", "SYSCALL syscall=231");
        assertEquals("zombie", j.state());
        s.fails(Errno.ECANCELED, () -> s.k.setns(s.orch, 3, 0));
    }

    @Test
    void s36_extensionDisabled() {
        Sim s = Sim.with("setns.allow_container_fd", "false");
        s.create(s.orch, "j", 0);
        Task j = s.fork(s.orch);
        s.forkInto(s.orch, 3);
        s.fails(Errno.EINVAL, () -> s.k.setns(j, 3, 0));
    }

    /** S43 — fork_into_container after start adds an ordinary member. */
    @Test
    void s43_forkIntoAfterStart() {
        Sim s = new Sim();
        s.create(s.orch, "m", PID);
        Task i = s.forkInto(s.orch, 3);
        s.newLines();
        Task j = s.forkInto(s.orch, 3);
        assertEquals(102, j.tid());
        assertEquals(2, s.op(() -> s.k.getpid(j)));
        s.event(3, "CONTAINER_OBJ op=add ctr=1 opid=102 pid=100", "SYSCALL exit=102");
        s.exit(i, 0);
        s.event(4, "CONTAINER_OBJ op=dead ctr=1 opid=101 status=0 killed=1", "SYSCALL");
        assertNotEquals("running", j.state());

        Sim off = Sim.with("container.fork_into_after_start", "false");
        off.create(off.orch, "m", PID);
        off.forkInto(off.orch, 3);
        off.fails(Errno.EBUSY, () -> off.k.forkIntoContainer(off.orch, 3));
    }

    /** S45 — container_kill with target CONTAINER_INFO records. */
    @Test
    void s45_containerKill() {
        Sim s = new Sim();
        s.create(s.orch, "kk", PID);
        Task i = s.forkInto(s.orch, 3);
        s.contidWrite(s.orch, i, "10");
        Task m1 = s.fork(i);
        Task m2 = s.fork(i);
        s.k.auditctl("-a exit,always -S container_kill");
        s.newLines();
        s.run(() -> s.k.containerKill(s.orch, 3, 1, 15));
        java.util.List<String> lines = s.newLines();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains(":4): arch=c000003e syscall=1003 success=yes exit=0 a0=3 a1=1 a2=f"));
        assertTrue(lines.get(1).endsWith(":4): opid=101 contid=10"), lines.get(1));
        assertTrue(lines.get(2).endsWith(":5): op=dead ctr=1 opid=101 status=15 killed=2"), lines.get(2));
        assertTrue(lines.get(3).endsWith(":5): contid=10"), lines.get(3));
        assertTrue(lines.get(4).endsWith(":6): op=destroy contid=10"), lines.get(4));
        assertTrue(lines.get(5).endsWith(":6): contid=10"), lines.get(5));
        assertEquals("reaped", m1.state());
        assertEquals("reaped", m2.state());
        s.fails(Errno.ESRCH, () -> s.k.containerKill(s.orch, 3, 0, 9));
    }

    /** S45 variant — initonly=0 signals every member; one target record per group. */
    @Test
    void s45_killAllMembers() {
        Sim s = new Sim();
        s.create(s.orch, "kk", PID);
        Task i = s.forkInto(s.orch, 3);
        s.contidWrite(s.orch, i, "10");
        s.fork(i);
        s.k.auditctl("-a exit,always -S container_kill");
        s.newLines();
        s.run(() -> s.k.containerKill(s.orch, 3, 0, 0));
        s.event(4, "SYSCALL syscall=1003", "CONTAINER_INFO opid=101 contid=10", "CONTAINER_INFO opid=102 contid=10");
        assertEquals("running", i.state());
    }
}
