package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/** kernel-model.md §5 C and D: namespaces, setns, network events, filtering, privileges. */
class NamespaceScenariosTest {

    /** Builds S30's state: a (100) unshared a net namespace that b (200) entered. */
    private static Task[] s30(Sim s) {
        Task a = s.fork(s.orch);
        Task b = s.fork(s.orch);
        s.contidWrite(s.orch, a, "100");
        s.contidWrite(s.orch, b, "200");
        s.run(() -> s.k.unshare(a, Sim.NEWNET));
        int f = s.op(() -> s.k.nsOpen(b, a, "net"));
        s.run(() -> s.k.setns(b, f, Sim.NEWNET));
        return new Task[] {a, b};
    }

    /** S31 — a net namespace moves to another container indirectly, then dies. */
    @Test
    void s31_netnsMovesIndirectly() {
        Sim s = new Sim();
        Task[] ab = s30(s);
        NetNamespaceRef n = s.k.netNamespaceOfTask(ab[0]);
        s.newLines();
        s.exit(ab[0], 0);
        s.event(5, "CONTAINER op=destroy contid=100", "SYSCALL syscall=231", "CONTAINER_INFO contid=100");
        s.run(() -> s.k.netPacket(n, "10.0.0.1", "10.0.0.2", 6, 0));
        s.event(6, "NETFILTER_PKT netns=4026532000", "CONTAINER_INFO netns=4026532000 contid=200");
        s.exit(ab[1], 0);
        s.event(7, "NS_DESTROY nstype=net ns=4026532000", "CONTAINER op=destroy contid=200", "SYSCALL",
                "CONTAINER_INFO contid=200");
        s.fails(Errno.EINVAL, () -> s.k.netPacket(n, "10.0.0.1", "10.0.0.2", 6, 0));
        s.fails(Errno.EINVAL, () -> s.k.netNamespaceOfTask(ab[1]));
        s.noEvent();
    }

    /** S32 — a packet with no association; S16's container-fd form of the namespace. */
    @Test
    void s32_packetWithoutContainer() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.run(() -> s.k.unshare(t, Sim.NEWNET));
        s.newLines();
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfTask(t), "1.1.1.1", "2.2.2.2", 17, 0x10));
        assertEquals(List.of("type=NETFILTER_PKT msg=audit(1500000000.001:2): mark=0x10 saddr=1.1.1.1"
                + " daddr=2.2.2.2 proto=17 netns=4026532000"), s.newLines());

        s.create(s.orch, "n", ContainerFlags.NEW_NET_NS);
        Task i = s.forkInto(s.orch, 3);
        s.contidWrite(s.orch, i, "42");
        s.newLines();
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfFd(s.orch, 3), "10.0.0.1", "10.0.0.2", 6, 0));
        s.event(6, "NETFILTER_PKT netns=4026532001", "CONTAINER_INFO netns=4026532001 contid=42");
    }

    /** S33 — setns keeps the contid by default; packets list both. */
    @Test
    void s33_setnsKeep() {
        Sim s = new Sim();
        Task a = s.fork(s.orch);
        Task b = s.fork(s.orch);
        s.contidWrite(s.orch, a, "5");
        s.contidWrite(s.orch, b, "6");
        s.run(() -> s.k.unshare(a, Sim.NEWNET));
        int f = s.op(() -> s.k.nsOpen(b, a, "net"));
        s.newLines();
        s.run(() -> s.k.setns(b, f, Sim.NEWNET));
        s.event(4, "NS_CHANGE op=setns pid=102 contid=6 nstype=net old-ns=4026531992 new-ns=4026532000",
                "SYSCALL syscall=308", "CONTAINER_INFO contid=6");
        assertEquals("6\n", s.op(() -> s.k.contidRead(s.orch, b)));
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfTask(b), "a", "b", 6, 0));
        s.event(5, "NETFILTER_PKT", "CONTAINER_INFO netns=4026532000 contid=5,6");
    }

    /** S34 — setns with the lookup policy. */
    @Test
    void s34_setnsLookup() {
        Sim s = Sim.with("setns.contid_policy", "lookup");
        Task a = s.fork(s.orch);
        s.run(() -> s.k.unshare(a, Sim.NEWNET));
        s.contidWrite(s.orch, a, "100");
        Task c = s.fork(s.orch);
        s.contidWrite(s.orch, c, "300");
        int fh = s.op(() -> s.k.nsOpen(c, c, "net"));
        int fa = s.op(() -> s.k.nsOpen(c, a, "net"));
        s.newLines();
        s.run(() -> s.k.setns(c, fa, Sim.NEWNET));
        s.event(4, "NS_CHANGE pid=102 contid=300 new-ns=4026532000",
                "CONTAINER op=setns opid=102 contid=100 old-contid=300 pid=102 netns=4026532000 res=1",
                "CONTAINER op=destroy contid=300", "SYSCALL syscall=308", "CONTAINER_INFO contid=100");
        s.run(() -> s.k.setns(c, fh, Sim.NEWNET));
        s.event(5, "NS_CHANGE contid=100 new-ns=4026531992",
                "CONTAINER op=setns opid=102 contid=" + Sim.UNSET + " old-contid=100 res=1", "SYSCALL");
        assertEquals(Unset.U64, c.contid());
    }

    /** S35 — setns error paths. */
    @Test
    void s35_setnsErrors() {
        Sim s = new Sim();
        assertEquals(3, s.op(() -> s.k.nsOpen(s.orch, s.orch, "net")));
        Task t = s.fork(s.orch);
        s.fails(Errno.EINVAL, () -> s.k.setns(t, 3, Sim.NEWUTS));
        s.fails(Errno.EBADF, () -> s.k.setns(t, 9, 0));
        s.run(() -> s.k.capset(t, EnumSet.noneOf(Capability.class)));
        s.fails(Errno.EPERM, () -> s.k.setns(t, 3, 0));
        Task u = s.fork(s.orch);
        int g = s.op(() -> s.k.nsOpen(u, u, "user"));
        s.fails(Errno.EINVAL, () -> s.k.setns(u, g, Sim.NEWUSER));
        int h = s.op(() -> s.k.nsOpen(s.orch, s.orch, "pid"));
        Task x = s.op(() -> s.k.clone(s.orch, Sim.NEWPID));
        s.fails(Errno.EINVAL, () -> s.k.setns(x, h, Sim.NEWPID));
        s.event(1, "NS_CREATE op=clone nstype=pid", "SYSCALL syscall=56");
        s.noEvent();
        // a no-op setns into the namespace already held emits nothing
        s.run(() -> s.k.setns(s.orch, 3, 0));
        s.noEvent();
    }

    /** S37 — NS_DESTROY on unshare and exit. */
    @Test
    void s37_nsDestroy() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.run(() -> s.k.unshare(t, Sim.NEWUTS));
        s.event(1, "NS_CREATE op=unshare nstype=uts new-ns=4026532000", "SYSCALL syscall=272 a0=4000000");
        s.run(() -> s.k.unshare(t, Sim.NEWUTS));
        s.event(2, "NS_CREATE new-ns=4026532001", "NS_DESTROY nstype=uts ns=4026532000", "SYSCALL");
        s.exit(t, 0);
        s.event(3, "NS_DESTROY nstype=uts ns=4026532001", "SYSCALL syscall=231");
    }

    /** S24 — a thread in another mount namespace keeps its process's contid. */
    @Test
    void s24_threadMountNamespace() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "11");
        Task th = s.op(() -> s.k.cloneThread(t));
        s.newLines();
        s.run(() -> s.k.unshare(th, Sim.NEWNS));
        s.event(2, "NS_CREATE op=unshare pid=101 contid=11 nstype=mnt old-ns=4026531840 new-ns=4026532000",
                "SYSCALL pid=101", "CONTAINER_INFO contid=11");
        assertNotEquals(s.k.readlinkNs(s.orch, th, "mnt"), s.k.readlinkNs(s.orch, t, "mnt"));
        assertEquals("mnt:[4026532000]", s.k.readlinkNs(s.orch, th, "mnt"));
        s.fails(Errno.EALREADY, () -> s.k.contidWrite(s.orch, th, "12"));
        s.create(s.orch, "c", 0);
        s.forkInto(s.orch, 3);
        int cfd = s.op(() -> s.k.fdPass(s.orch, 3, th));
        s.fails(Errno.EINVAL, () -> s.k.setns(th, cfd, 0));
    }

    /** S38 — filtering by contid, exclude list, contid_tree. */
    @Test
    void s38_filtering() {
        Sim s = new Sim();
        Task p = s.fork(s.orch);
        Task q = s.fork(s.orch);
        Task h = s.fork(s.orch);
        s.contidWrite(s.orch, p, "100");
        s.contidWrite(s.orch, q, "200");
        s.newLines();
        s.k.auditctl("-a exit,never -F contid=100");
        s.k.auditctl("-a always,exit -S execve -k exec");
        s.run(() -> s.k.execve(p, "/bin/p"));
        s.noEvent();
        s.run(() -> s.k.execve(q, "/bin/q"));
        s.event(3, "SYSCALL key=\"exec\" pid=102", "CONTAINER_INFO contid=200");
        s.run(() -> s.k.execve(h, "/bin/h"));
        s.event(4, "SYSCALL key=\"exec\" pid=103");
        s.run(() -> s.k.unshare(p, Sim.NEWUTS));
        s.event(5, "NS_CREATE op=unshare pid=101");
        s.k.auditctl("-a exclude,never -F msgtype=NS_CREATE");
        s.run(() -> s.k.unshare(p, Sim.NEWIPC));
        s.noEvent();
        s.k.auditctl("-d exclude,never -F msgtype=NS_CREATE");

        Task pc = s.fork(p);
        s.contidWrite(p, pc, "150");
        s.newLines();
        s.k.auditctl("-D");
        s.k.auditctl("-a exit,always -F contid_tree=100 -k tree");
        s.op(() -> s.k.getpid(pc));
        s.event(7, "SYSCALL key=\"tree\" pid=104", "CONTAINER_INFO contid=150");
        s.op(() -> s.k.getpid(q));
        s.noEvent();
        KernelException bad = org.junit.jupiter.api.Assertions.assertThrows(KernelException.class,
                () -> s.k.auditctl("-a exit,always -F contid_tree!=100"));
        assertEquals(Errno.EINVAL, bad.errno());
        KernelException missing = org.junit.jupiter.api.Assertions.assertThrows(KernelException.class,
                () -> s.k.auditctl("-d exit,always -S getpid"));
        assertEquals(Errno.ENOENT, missing.errno());
    }

    /** S03 — privilege needed for new namespaces; the contid capability is separate. */
    @Test
    void s03_privileges() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 1000));
        s.fails(Errno.EPERM, () -> s.k.containerCreate(u, "x", ContainerFlags.NEW_NET_NS, 0, 0, 0));
        s.fails(Errno.EPERM, () -> s.k.containerCreate(u, "x",
                ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_CGROUP_NS, 0, 0, 0));
        s.newLines();
        assertEquals(3, s.create(u, "y", ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_UTS_NS
                | ContainerFlags.NEW_NET_NS));
        s.event(1, "NS_CREATE nstype=uts new-ns=4026532000", "NS_CREATE nstype=user new-ns=4026532001",
                "NS_CREATE nstype=net new-ns=4026532002", "CONTAINER_OBJ op=create userns=4026532001",
                "SYSCALL uid=1000 euid=1000");
        s.run(() -> s.k.capset(s.orch, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        Task t = s.fork(s.orch);
        s.op(() -> s.k.clone(s.orch, Sim.NEWNET));
        s.create(s.orch, "z", ContainerFlags.NEW_NET_NS);
        s.newLines();
        s.fails(Errno.EPERM, () -> s.k.contidWrite(s.orch, t, "5"));
        s.event(4, "CONTAINER op=set res=0", "SYSCALL exit=-1");
    }

    /** S49 — unprivileged ("rootless") container objects. */
    @Test
    void s49_rootless() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 1000));
        s.create(u, "rl", ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_NET_NS);
        Task i = s.forkInto(u, 3);
        assertEquals(1000, i.uid());
        Task k = s.fork(i);
        s.fails(Errno.EPERM, () -> s.k.contidWrite(i, k, "3"));
        s.fails(Errno.EBUSY, () -> s.k.contidWrite(s.orch, i, "3"));
        assertEquals(1, s.contidWrite(s.orch, k, "3"));
    }
}
