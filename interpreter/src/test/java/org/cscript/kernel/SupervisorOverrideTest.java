package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FileType;
import org.junit.jupiter.api.Test;

/** A container's supervisor overriding its members' EPERM (docs/proposals/supervisor-override.md). */
class SupervisorOverrideTest {
    private static final String ON = "on";

    /** A container "web" (cfd 3 of orch) with a member (pid 101) lacking CAP_SYS_ADMIN. */
    private static Task capLessMember(Sim s) {
        int cfd = s.create(s.orch, "web", 0);
        assertEquals(3, cfd);
        Task m = s.forkInto(s.orch, cfd);
        s.run(() -> s.k.capset(m, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.newLines();
        return m;
    }

    @Test
    void offByDefaultTheBuiltinIsRefusedNamingTheKnob() {
        Sim s = new Sim();
        Task m = capLessMember(s);
        ConfigException e = assertThrows(ConfigException.class, () -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        assertTrue(e.getMessage().contains("container.supervisor = on"), e.getMessage());
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
        assertTrue(s.newLines().stream().noneMatch(l -> l.contains("op=override")));
    }

    @Test
    void aMembersRefusalIsOverriddenWithTheRecordBeforeASuccessfulSyscall() {
        Sim s = Sim.with("container.supervisor", ON);
        s.run(() -> s.k.auditctl("-a always,exit -S fsopen -k priv"));
        Task m = capLessMember(s);
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
        s.event(3, "SYSCALL syscall=430 success=no exit=-1 pid=101");
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        s.noEvent();
        int fd = s.op(() -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
        s.event(4, "CONTAINER_OBJ op=override ctr=1 opid=101 pid=100 call=fsopen errno=EPERM",
                "SYSCALL syscall=430 success=yes exit=" + fd + " pid=101");
        assertEquals(FileView.Kind.FS_CONTEXT, s.k.describeFd(m, fd).kind());
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void onlyMembersOfTheSupervisedContainer() {
        Sim s = Sim.with("container.supervisor", ON);
        capLessMember(s);
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        Task outsider = s.fork(s.orch);
        s.run(() -> s.k.capset(outsider, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(outsider, "tmpfs", -1, 0));
        // a member of another container, which has no supervisor
        int other = s.create(s.orch, "db", 0);
        Task stranger = s.forkInto(s.orch, other);
        s.run(() -> s.k.capset(stranger, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(stranger, "tmpfs", -1, 0));
    }

    /** unshare is overridden only once listed; its namespace is made once, after the override record. */
    @Test
    void onlyTheListedOperationsAndNoEffectTwice() {
        Sim s = Sim.with("container.supervisor", ON);
        Task m = capLessMember(s);
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        s.fails(Errno.EPERM, () -> s.k.unshare(m, Sim.NEWUTS));
        s.noEvent();
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen, unshare"));
        s.run(() -> s.k.unshare(m, Sim.NEWUTS));
        s.event(3, "CONTAINER_OBJ op=override opid=101 call=unshare", "NS_CREATE op=unshare nstype=uts",
                "SYSCALL syscall=272 success=yes");
        assertEquals(List.of(), s.k.checkInvariants());
    }

    /** mknodat's CAP_MKNOD check is its last, before the node: overridden, the node is made once. */
    @Test
    void mknodatMakesItsNodeOnce() {
        Sim s = Sim.with("container.supervisor", ON);
        Task m = capLessMember(s);
        s.run(() -> s.k.capset(m, Sim.allBut(Capability.CAP_SYS_ADMIN, Capability.CAP_MKNOD)));
        int cwd = (int) FileFlags.AT_FDCWD;
        s.fails(Errno.EPERM, () -> s.k.setup().mknodat(m, cwd, "/tmp/tty", FileType.CHR, 0666, 5, 0));
        s.run(() -> s.k.containerSupervise(s.orch, 3, "mknodat"));
        s.run(() -> s.k.auditctl("-w /tmp -p wa"));
        s.run(() -> s.k.setup().mknodat(m, cwd, "/tmp/tty", FileType.CHR, 0666, 5, 0));
        // the names the refused run resolved are not kept: the parent and the node, once each
        s.event(3, "CONTAINER_OBJ op=override opid=101 call=mknodat errno=EPERM",
                "SYSCALL syscall=259 success=yes items=2", "CWD", "PATH item=0 nametype=PARENT",
                "PATH item=1 nametype=CREATE");
        s.fails(Errno.EEXIST, () -> s.k.setup().mknodat(m, cwd, "/tmp/tty", FileType.CHR, 0666, 5, 0));
        assertEquals(List.of(), s.k.checkInvariants());
    }

    /** The re-run makes the later checks: a capability refusal overridden, the type then unknown. */
    @Test
    void aLaterCheckStillRefusesAfterTheOverride() {
        Sim s = Sim.with("container.supervisor", ON);
        s.run(() -> s.k.auditctl("-a always,exit -S fsopen -k priv"));
        Task m = capLessMember(s);
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        s.fails(Errno.ENODEV, () -> s.k.setup().fsopen(m, "nosuchfs", -1, 0));
        s.event(3, "CONTAINER_OBJ op=override call=fsopen errno=EPERM", "SYSCALL success=no exit=-19");
    }

    @Test
    void theSupervisionEndsWithItsFdOrAnEmptyList() {
        Sim s = Sim.with("container.supervisor", ON);
        Task m = capLessMember(s);
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        s.run(() -> s.k.containerSupervise(s.orch, 3, ""));
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
        s.run(() -> s.k.containerSupervise(s.orch, 3, "fsopen"));
        s.close(s.orch, 3);
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
    }

    @Test
    void theSupervisorIsOutsideAndNamesOperationsItCanOverride() {
        Sim s = Sim.with("container.supervisor", ON);
        Task m = capLessMember(s);
        assertThrows(AdminArgumentException.class, () -> s.k.containerSupervise(m, 3, "fsopen"),
                "a member holding the inherited cfd cannot supervise its own container");
        AdminArgumentException e = assertThrows(AdminArgumentException.class,
                () -> s.k.containerSupervise(s.orch, 3, "fsopen,kill"));
        assertTrue(e.getMessage().contains("'kill' cannot be supervised"), e.getMessage());
        assertThrows(AdminArgumentException.class, () -> s.k.containerSupervise(s.orch, 9, "fsopen"));
        s.fails(Errno.EPERM, () -> s.k.setup().fsopen(m, "tmpfs", -1, 0));
    }
}
