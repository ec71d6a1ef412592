package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/** kernel-model.md §5 B and D: the audit container identifier. */
class ContidScenariosTest {

    /** S18 — writer without the capability; CAP_AUDIT_CONTROL as the setter capability. */
    @Test
    void s18_writerWithoutCapability() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        Task t = s.fork(u);
        s.fails(Errno.EPERM, () -> s.k.contidWrite(u, t, "5"));
        s.event(1, "CONTAINER op=set opid=102 contid=5 old-contid=" + Sim.UNSET + " pid=101 res=0",
                "SYSCALL success=no exit=-1");
        s.fails(Errno.EPERM, () -> s.k.contidRead(u, t));
        s.noEvent();

        Sim up = Sim.with("contid.setter_cap", "CAP_AUDIT_CONTROL");
        Task u2 = up.fork(up.orch);
        up.run(() -> up.k.capset(u2, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        Task t2 = up.fork(u2);
        assertEquals(1, up.contidWrite(u2, t2, "5"));
    }

    /** S19 — full capabilities in a child user namespace are not enough (unless cap_scope=own). */
    @Test
    void s19_childUserNamespace() {
        for (String scope : new String[] {"init", "own"}) {
            Sim s = Sim.with("contid.cap_scope", scope);
            Task u = s.fork(s.orch);
            s.run(() -> s.k.unshare(u, Sim.NEWUSER));
            s.event(1, "NS_CREATE op=unshare pid=101 nstype=user old-ns=4026531837 new-ns=4026532000", "SYSCALL");
            Task t = s.fork(u);
            if (scope.equals("init")) {
                s.fails(Errno.EPERM, () -> s.k.contidWrite(u, t, "9"));
                s.event(2, "CONTAINER op=set contid=9 res=0", "SYSCALL exit=-1");
            } else {
                assertEquals(1, s.contidWrite(u, t, "9"));
            }
        }
    }

    /** S21 — a task cannot set its own contid or its own thread's. */
    @Test
    void s21_selfAndOwnThread() {
        Sim s = new Sim();
        s.fails(Errno.EPERM, () -> s.k.contidWrite(s.orch, s.orch, "7"));
        s.event(1, "CONTAINER op=set opid=100 contid=7 pid=100 res=0", "SYSCALL exit=-1");
        Task th = s.op(() -> s.k.cloneThread(s.orch));
        s.fails(Errno.EPERM, () -> s.k.contidWrite(s.orch, th, "7"));
        s.event(2, "CONTAINER op=set opid=100 res=0", "SYSCALL");
    }

    /** S22 — a target that already has children. */
    @Test
    void s22_targetWithChildren() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        Task g = s.fork(t);
        s.fails(Errno.EBUSY, () -> s.k.contidWrite(s.orch, t, "5"));
        s.event(1, "CONTAINER op=set opid=101 contid=5 res=0", "SYSCALL exit=-16");
        assertEquals(1, s.contidWrite(s.orch, g, "5"));
        s.newLines();
        s.exit(g, 0);
        s.event(3, "CONTAINER op=destroy contid=5", "SYSCALL syscall=231 pid=102", "CONTAINER_INFO contid=5");
        s.fails(Errno.EBUSY, () -> s.k.contidWrite(s.orch, t, "6"));
        s.newLines();
        assertEquals(new WaitResult(102, 0), s.op(() -> s.k.waitpid(t, g)));
        assertEquals(1, s.contidWrite(s.orch, t, "6"));

        Sim off = Sim.with("contid.deny_children", "false");
        Task t2 = off.fork(off.orch);
        Task g2 = off.fork(t2);
        off.contidWrite(off.orch, t2, "5");
        assertEquals(5, t2.contid());
        assertEquals(Unset.U64, g2.contid());
    }

    /** S23 — multi-threaded targets, both thread policies. */
    @Test
    void s23_threads() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        Task th = s.op(() -> s.k.cloneThread(t));
        s.fails(Errno.EALREADY, () -> s.k.contidWrite(s.orch, t, "11"));
        s.fails(Errno.EALREADY, () -> s.k.contidWrite(s.orch, th, "11"));
        s.run(() -> s.k.threadExit(th));
        assertEquals(3, s.contidWrite(s.orch, t, "11\n"));

        Sim g = Sim.with("contid.thread_policy", "group");
        Task t2 = g.fork(g.orch);
        Task th2 = g.op(() -> g.k.cloneThread(t2));
        g.contidWrite(g.orch, t2, "11");
        g.event(1, "CONTAINER op=set opid=101 contid=11 res=1", "SYSCALL");
        assertEquals("11\n", g.op(() -> g.k.contidRead(g.orch, th2)));
        assertEquals(11, th2.contid());
        g.fails(Errno.EALREADY, () -> g.k.contidWrite(g.orch, th2, "12"));
    }

    /** S25 — inheritance on fork/clone; namespace creation carries the contid. */
    @Test
    void s25_inheritance() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "7");
        Task c = s.fork(t);
        assertEquals("7\n", s.op(() -> s.k.contidRead(s.orch, c)));
        s.newLines();
        Task n = s.op(() -> s.k.clone(t, Sim.NEWNS | Sim.NEWNET));
        s.event(2, "NS_CREATE op=clone pid=101 contid=7 nstype=mnt", "NS_CREATE op=clone nstype=net",
                "SYSCALL syscall=56 exit=" + n.tid() + " a0=40020000", "CONTAINER_INFO contid=7");
        s.fails(Errno.ECHILD, () -> s.k.contidWrite(s.orch, c, "8"));
    }

    /** S26 — nested audit containers, leaf and chain formats. */
    @Test
    void s26_nesting() {
        for (String format : new String[] {"leaf", "chain"}) {
            Sim s = Sim.with("audit.contid_format", format);
            Task a = s.fork(s.orch);
            s.contidWrite(s.orch, a, "100");
            Task b = s.fork(a);
            Task b2 = s.fork(a);
            s.newLines();
            assertEquals(3, s.contidWrite(a, b, "200"));
            s.event(2, "CONTAINER op=set opid=102 contid=200 old-contid=100 pid=101 res=1", "SYSCALL pid=101",
                    "CONTAINER_INFO contid=100");
            s.k.auditctl("-a exit,always -F pid=102");
            s.op(() -> s.k.getpid(b));
            s.event(3, "SYSCALL syscall=39", "CONTAINER_INFO contid=" + (format.equals("leaf") ? "200" : "200^100"));
            s.fails(Errno.ECHILD, () -> s.k.contidWrite(a, b, "300"));
            s.fails(Errno.ECHILD, () -> s.k.contidWrite(s.orch, b, "300"));
            s.fails(Errno.EEXIST, () -> s.k.contidWrite(a, b2, "100"));
        }
    }

    /** S27 — moving a process between containers (allow_move). */
    @Test
    void s27_move() {
        Sim s = Sim.with("contid.allow_move", "true");
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "300");
        s.newLines();
        s.contidWrite(s.orch, t, "301");
        s.event(2, "CONTAINER op=move opid=101 contid=301 old-contid=300 res=1", "CONTAINER op=destroy contid=300",
                "SYSCALL");
        Task u = s.fork(s.orch);
        s.contidWrite(s.orch, u, "301");
        s.event(3, "CONTAINER op=set opid=102 contid=301 res=1", "SYSCALL");

        Sim d = new Sim();
        Task t2 = d.fork(d.orch);
        d.contidWrite(d.orch, t2, "300");
        d.fails(Errno.ECHILD, () -> d.k.contidWrite(d.orch, t2, "301"));
    }

    /** S28 — a contid ends with its last task and can be reused. */
    @Test
    void s28_lastTaskEndsContainer() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "50");
        Task c = s.fork(t);
        s.newLines();
        s.exit(c, 0);
        s.noEvent();
        s.exit(t, 0);
        s.event(2, "CONTAINER op=destroy contid=50", "SYSCALL syscall=231 pid=101", "CONTAINER_INFO contid=50");
        Task u = s.fork(s.orch);
        assertEquals(2, s.contidWrite(s.orch, u, "50"));
    }

    /** S29 — value conflicts across nesting levels. */
    @Test
    void s29_valueConflicts() {
        Sim s = new Sim();
        Task a = s.fork(s.orch);
        s.contidWrite(s.orch, a, "100");
        Task b = s.fork(a);
        s.contidWrite(a, b, "200");
        Task d = s.fork(s.orch);
        s.fails(Errno.EEXIST, () -> s.k.contidWrite(s.orch, d, "200"));
        Task e = s.fork(s.orch);
        s.newLines();
        s.contidWrite(s.orch, e, "100");
        s.event(4, "CONTAINER op=set contid=100 old-contid=" + Sim.UNSET + " res=1", "SYSCALL");
    }

    /** S41 — contid text parsing and range. */
    @Test
    void s41_parsing() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.fails(Errno.EINVAL, () -> s.k.contidWrite(s.orch, t, "abc"));
        s.fails(Errno.ERANGE, () -> s.k.contidWrite(s.orch, t, "18446744073709551616"));
        s.noEvent();
        s.fails(Errno.EINVAL, () -> s.k.contidWrite(s.orch, t, "18446744073709551615"));
        s.event(1, "CONTAINER contid=18446744073709551615 res=0", "SYSCALL exit=-22");
        assertEquals(4, s.contidWrite(s.orch, t, "+12\n"));
        assertEquals(12, t.contid());
        Task t2 = s.fork(s.orch);
        assertEquals(1, s.contidWrite(s.orch, t2, "0"));
        assertEquals(0, t2.contid());
    }

    /** S40 — PID numbers inside a new PID namespace; invisible targets; ignored init signals. */
    @Test
    void s40_pidNumbers() {
        Sim s = new Sim();
        s.create(s.orch, "p", ContainerFlags.NEW_PID_NS);
        Task child = s.forkInto(s.orch, 3);
        assertEquals(1, s.op(() -> s.k.getpid(child)));
        Task g = s.fork(child);
        assertEquals(102, g.tid());
        s.k.auditctl("-a exit,always -S getpid");
        s.newLines();
        assertEquals(2, s.op(() -> s.k.getpid(g)));
        s.event(3, "SYSCALL exit=2 ppid=101 pid=102");
        s.fails(Errno.ESRCH, () -> s.k.contidWrite(child, s.orch, "5"));
        s.noEvent();
        s.run(() -> s.k.kill(g, child, 9));
        assertEquals("running", child.state());
    }

    /** S42 — loginuid and sessionid. */
    @Test
    void s42_loginuid() {
        Sim s = new Sim();
        assertEquals(4, s.op(() -> s.k.loginuidWrite(s.orch, s.orch, "1000")));
        s.event(1, "LOGIN pid=100 uid=0 old-auid=4294967295 auid=1000 tty=(none) old-ses=4294967295 ses=1 res=1",
                "SYSCALL syscall=1 auid=1000 ses=1");
        Task u = s.fork(s.orch);
        assertEquals(1000, u.loginuid());
        s.run(() -> s.k.capset(u, EnumSet.noneOf(Capability.class)));
        s.fails(Errno.EPERM, () -> s.k.loginuidWrite(u, u, "1001"));
        s.event(2, "LOGIN pid=101 uid=0 old-auid=1000 auid=1001 tty=(none) old-ses=1 ses=4294967295 res=0",
                "SYSCALL exit=-1");
        s.fails(Errno.EPERM, () -> s.k.loginuidWrite(s.orch, u, "5"));
        s.noEvent();
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "3");
        s.event(3, "CONTAINER op=set auid=1000 ses=1 res=1", "SYSCALL");
    }

    /** S48 — user-space messages carry the contid. */
    @Test
    void s48_userMessage() {
        Sim s = new Sim();
        Task t = s.fork(s.orch);
        s.contidWrite(s.orch, t, "77");
        s.newLines();
        s.run(() -> s.k.auditUserMsg(t, "hello"));
        assertEquals(java.util.List.of(
                "type=USER msg=audit(1500000000.001:2): pid=101 uid=0 auid=4294967295 ses=4294967295 msg='hello'",
                "type=UNKNOWN[1345] msg=audit(1500000000.001:2): contid=77"), s.newLines());
        s.run(() -> s.k.capset(t, EnumSet.noneOf(Capability.class)));
        s.fails(Errno.EPERM, () -> s.k.auditUserMsg(t, "hello"));
        s.noEvent();
    }

    /** S50 — audit disabled: no records, no serial, no clock. */
    @Test
    void s50_auditDisabled() {
        Sim s = new Sim();
        s.k.auditSetEnabled(false);
        Task c1 = s.fork(s.orch);
        assertEquals(6, s.contidWrite(s.orch, c1, "123456"));
        s.noEvent();
        s.k.auditSetEnabled(true);
        Task c2 = s.fork(s.orch);
        s.contidWrite(s.orch, c2, "5");
        assertNotEquals(0, s.k.hostTrace().size());
        assertEquals(true, s.k.hostTrace().get(0).contains("msg=audit(1500000000.000:1)"));
    }
}
