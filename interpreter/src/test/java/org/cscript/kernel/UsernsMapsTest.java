package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/** User-namespace uid/gid maps (Q23, userns.maps; docs/proposals/userns-maps.md). */
class UsernsMapsTest {

    private static Sim maps() {
        return Sim.with("userns.maps", "on");
    }

    /** An unprivileged orchestrator (uid 1000, no capabilities) and its child in a new user namespace it owns. */
    private static Task[] rootless(Sim s) {
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 1000));
        Task c = s.op(() -> s.k.clone(u, Sim.NEWUSER));
        return new Task[] {u, c};
    }

    private static long loginuid(Sim s, Task t, String text) {
        return s.k.loginuidWrite(t, t, text);
    }

    /** The serial of the last event emitted (each operation here is one event). */
    private static long lastSerial(Sim s) {
        List<String> all = s.k.hostTrace();
        String line = all.get(all.size() - 1);
        int at = line.indexOf("msg=audit(");
        return Long.parseLong(line.substring(line.indexOf(':', at) + 1, line.indexOf(')', at)));
    }

    @Test
    void offByDefaultTheBuiltinsAreScenarioMistakesAndIdsAreKeptAsGiven() {
        Sim s = new Sim();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        s.newLines();
        ConfigException e = assertThrows(ConfigException.class, () -> s.k.userns().writeUidMap(s.orch, c, "0 0 1"));
        assertEquals("uid/gid maps need config userns.maps = on", e.getMessage());
        assertThrows(ConfigException.class, () -> s.k.userns().uidSeenBy(s.orch, c));
        s.noEvent();
        s.run(() -> s.k.setuid(c, 5));   // no map needed: the model's ids, as before
        assertEquals(5, c.cred.uid);
        assertTrue(KernelConfig.bootTime("userns.maps"));
    }

    @Test
    void theMapSyntaxIsLinuxs() {
        Sim s = maps();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        for (String bad : List.of("", "0 0", "0 0 1 1", "a 0 1", "0 0 0", "-1 0 1", "4294967295 0 1",
                "4294967290 0 10", "0 4294967290 10", "0 0 10\n5 100 10", "0 0 10\n20 5 10", "0 0 1\n\n1 1 1")) {
            s.fails(Errno.EINVAL, () -> s.k.userns().writeUidMap(s.orch, c, bad));
        }
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i <= IdMap.MAX_EXTENTS; i++) {
            tooMany.append(i).append(' ').append(1000 + i).append(" 1\n");
        }
        KernelException e = assertThrows(KernelException.class,
                () -> s.k.userns().writeUidMap(s.orch, c, tooMany.toString()));
        assertTrue(e.getMessage().contains("at most 340 lines"), e.getMessage());
        assertEquals(null, c.cred.userns.uidMap, "a refused write leaves the map unwritten");
        assertEquals(24, s.op(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 10\n10\t200000 5\n")));
        assertEquals(List.of(new IdMap.Extent(0, 100000, 10), new IdMap.Extent(10, 200000, 5)),
                c.cred.userns.uidMap.extents);
    }

    @Test
    void eachMapIsWrittenOnce() {
        Sim s = maps();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        s.run(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 65536"));
        KernelException e = assertThrows(KernelException.class,
                () -> s.k.userns().writeUidMap(s.orch, c, "0 200000 1"));
        assertEquals(Errno.EPERM, e.errno());
        assertTrue(e.getMessage().contains("already written"), e.getMessage());
        s.run(() -> s.k.userns().writeGidMap(s.orch, c, "0 200000 1"));   // the gid map is its own
        s.fails(Errno.EPERM, () -> s.k.userns().writeGidMap(s.orch, c, "0 200000 1"));
        assertEquals(100000, c.cred.userns.uidMap.down(0));
        assertEquals(200000, c.cred.userns.gidMap.down(0));
    }

    @Test
    void theOwnerWithoutCapabilitiesMapsOnlyItsOwnIdsOneLine() {
        Sim s = maps();
        Task[] t = rootless(s);
        Task u = t[0];
        Task c = t[1];
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(u, c, "0 100000 65536"));
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(u, c, "0 1000 2"));
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(u, c, "0 1001 1"));
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(u, c, "0 1000 1\n1 5000 1"));
        s.fails(Errno.EPERM, () -> s.k.userns().writeGidMap(u, c, "0 1000 1"));   // its egid is 0
        s.run(() -> s.k.userns().writeGidMap(u, c, "0 0 1"));
        s.run(() -> s.k.userns().writeUidMap(u, c, "0 1000 1"));
        assertEquals(List.of(), s.k.checkInvariants());
    }

    /** The child can write its own namespace's map (the owner's rule: it is the owner's euid). */
    @Test
    void theChildMayWriteItsOwnMapAsTheOwner() {
        Sim s = maps();
        Task c = rootless(s)[1];
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(c, c, "0 2000 1"));   // no CAP_SETUID in the parent
        s.run(() -> s.k.userns().writeUidMap(c, c, "0 1000 1"));
    }

    @Test
    void theWriterMustBeInTheNamespaceOrItsParentAndHaveCapSysAdminOverIt() {
        Sim s = maps();
        Task[] t = rootless(s);
        Task sibling = s.op(() -> s.k.clone(t[0], Sim.NEWUSER));
        KernelException e = assertThrows(KernelException.class,
                () -> s.k.userns().writeUidMap(sibling, t[1], "0 1000 1"));
        assertTrue(e.getMessage().contains("in neither"), e.getMessage());
        Task stranger = s.fork(s.orch);
        s.run(() -> s.k.setuid(stranger, 2000));
        e = assertThrows(KernelException.class, () -> s.k.userns().writeUidMap(stranger, t[1], "0 2000 1"));
        assertTrue(e.getMessage().contains("CAP_SYS_ADMIN over"), e.getMessage());
        Task capless = s.fork(s.orch);   // uid 0 without CAP_SYS_ADMIN: not the owner either
        s.run(() -> s.k.capset(capless, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(capless, t[1], "0 100000 1"));
        Task noSetuid = s.fork(s.orch);   // CAP_SYS_ADMIN but no CAP_SETUID: only the owner's rule, not its own
        s.run(() -> s.k.capset(noSetuid, Sim.allBut(Capability.CAP_SETUID)));
        e = assertThrows(KernelException.class, () -> s.k.userns().writeUidMap(noSetuid, t[1], "0 100000 1"));
        assertTrue(e.getMessage().contains("CAP_SETUID in the parent"), e.getMessage());
    }

    @Test
    void setuidTakesAnInsideUidDownAndRecordsPrintKernelIds() {
        Sim s = maps();
        s.run(() -> s.k.auditctl("-a always,exit -S setresuid"));
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        s.newLines();
        s.fails(Errno.EINVAL, () -> s.k.setuid(c, 0));   // nothing mapped yet
        s.event(lastSerial(s), "SYSCALL syscall=117 success=no exit=-22 a0=0 uid=0");
        s.run(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 65536"));
        s.run(() -> s.k.setuid(c, 0));
        s.event(lastSerial(s), "SYSCALL syscall=117 success=yes a0=0 a1=0 a2=0 uid=100000 euid=100000 suid=100000 fsuid=100000");
        assertEquals(10, c.cred.caps.size(), "uid 0 inside is the namespace's root: its capabilities stay");
        s.run(() -> s.k.setuid(c, 1000));
        s.event(lastSerial(s), "SYSCALL syscall=117 success=yes a0=3e8 uid=101000 euid=101000");
        assertEquals(0, c.cred.caps.size(), "leaving the namespace's root drops them (cap_emulate_setxuid)");
        s.fails(Errno.EINVAL, () -> s.k.setuid(c, 65536));
        s.event(lastSerial(s), "SYSCALL syscall=117 success=no exit=-22 a0=10000 uid=101000");
        s.fails(Errno.EPERM, () -> s.k.setuid(c, 0));   // mapped, but no CAP_SETUID left
        s.event(lastSerial(s), "SYSCALL syscall=117 success=no exit=-1 uid=101000");
    }

    @Test
    void theContainerRecordNamesTheWriterByItsKernelUid() {
        Sim s = maps();
        Task[] t = rootless(s);
        s.run(() -> s.k.userns().writeUidMap(t[0], t[1], "0 1000 1"));
        s.run(() -> s.k.setuid(t[1], 0));
        Task g = s.fork(t[1]);
        s.newLines();
        s.fails(Errno.EPERM, () -> s.contidWrite(t[1], g, "5"));
        s.event(lastSerial(s), "CONTAINER op=set opid=" + g.tid() + " contid=5 pid=" + t[1].tid() + " uid=1000 res=0",
                "SYSCALL syscall=1 success=no uid=1000 euid=1000");
    }

    @Test
    void idsSeenFromANamespaceWithoutTheirMappingAreOverflowIds() {
        Sim s = maps();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        assertEquals(IdMap.OVERFLOW_ID, s.k.userns().uidSeenBy(c, c), "before its map");
        assertEquals(0, s.k.userns().uidSeenBy(s.orch, c), "from the initial namespace, the kernel id");
        s.run(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 65536"));
        s.run(() -> s.k.userns().writeGidMap(s.orch, c, "0 0 1"));
        s.run(() -> s.k.setuid(c, 7));
        assertEquals(7, s.k.userns().uidSeenBy(c, c));
        assertEquals(100007, s.k.userns().uidSeenBy(s.orch, c));
        assertEquals(65534, s.k.userns().uidSeenBy(c, s.orch), "host root has no mapping inside");
        assertEquals(0, s.k.userns().gidSeenBy(c, s.orch));
        Task other = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        assertEquals(65534, s.k.userns().gidSeenBy(other, c), "no gid map written there");
    }

    /** A nested namespace's outside ids are its parent's, taken down to kernel ids through the parent's map. */
    @Test
    void aNestedMapIsTakenDownThroughItsParents() {
        Sim s = maps();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        s.run(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 1000"));
        s.run(() -> s.k.setuid(c, 0));
        Task g = s.op(() -> s.k.clone(c, Sim.NEWUSER));
        KernelException e = assertThrows(KernelException.class, () -> s.k.userns().writeUidMap(c, g, "0 990 20"));
        assertTrue(e.getMessage().contains("no mapping in the parent"), e.getMessage());
        s.run(() -> s.k.userns().writeUidMap(c, g, "0 500 10"));
        s.run(() -> s.k.setuid(g, 3));
        assertEquals(100503, g.cred.uid);
        assertEquals(503, s.k.userns().uidSeenBy(c, g));
        assertEquals(3, s.k.userns().uidSeenBy(g, g));
        assertEquals(65534, s.k.userns().uidSeenBy(g, c), "c's root (kernel 100000) is not in g's map");
    }

    @Test
    void theInitialNamespaceIsTheIdentityAndCannotBeWritten() {
        Sim s = maps();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 4000));
        assertEquals(4000, u.cred.uid);
        assertEquals(4000, s.k.userns().uidSeenBy(s.orch, u));
        s.fails(Errno.EPERM, () -> s.k.userns().writeUidMap(s.orch, s.orch, "0 0 1"));   // written at boot
    }

    /** OP-45 under maps: the written loginuid is an id of the writer's namespace, kept (and printed) as a kernel id. */
    @Test
    void theLoginuidIsTakenDownThroughTheWritersMap() {
        Sim s = maps();
        Task c = s.op(() -> s.k.clone(s.orch, Sim.NEWUSER));
        s.run(() -> s.k.userns().writeUidMap(s.orch, c, "0 100000 65536"));
        s.newLines();
        KernelException e = assertThrows(KernelException.class, () -> loginuid(s, c, "70000"));
        assertEquals(Errno.EINVAL, e.errno());
        assertTrue(e.getMessage().contains("loginuid 70000 has no mapping"), e.getMessage());
        s.noEvent();   // refused before audit_set_loginuid: no LOGIN record
        s.run(() -> loginuid(s, c, "0"));
        s.event(lastSerial(s), "LOGIN uid=0 old-auid=4294967295 auid=100000 res=1", "SYSCALL syscall=1 auid=100000");
        assertEquals(100000, c.loginuid);
        s.run(() -> loginuid(s, s.orch, "4294967295"));   // unset stays unset, no mapping asked
        assertEquals(4294967295L, s.orch.loginuid);
    }
}
