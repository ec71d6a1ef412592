package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/** OP-01 … OP-15 details not covered by a §5 scenario. */
class ProcessOpsTest {

    @Test
    void forkIntoDyingPidNamespaceFails() {
        Sim s = new Sim();
        Task x = s.op(() -> s.k.clone(s.orch, Sim.NEWPID));
        int f = s.op(() -> s.k.nsOpen(s.orch, x, "pid"));
        Task t = s.fork(s.orch);
        s.run(() -> s.k.setns(t, f, Sim.NEWPID));
        Task y = s.fork(t);
        assertEquals(0, s.k.pidIn(x, t));
        assertEquals(2, s.k.pidIn(x, y));
        s.exit(x, 0);
        assertEquals("zombie", y.state(), "P7 killed it; its parent t has not reaped it");
        s.fails(Errno.ENOMEM, () -> s.k.fork(t));
        s.fails(Errno.EINVAL, () -> s.k.clone(t, Sim.NEWPID));
    }

    @Test
    void waitpidAnyAndErrors() {
        Sim s = new Sim();
        s.fails(Errno.ECHILD, () -> s.k.waitpid(s.orch, null));
        Task a = s.fork(s.orch);
        Task b = s.fork(s.orch);
        assertEquals(new WaitResult(0, 0), s.op(() -> s.k.waitpid(s.orch, null)));
        s.exit(b, 7);
        s.exit(a, 1);
        assertEquals(new WaitResult(101, 256), s.op(() -> s.k.waitpid(s.orch, null)));
        assertEquals(new WaitResult(102, 7 << 8), s.op(() -> s.k.waitpid(s.orch, null)));
        s.fails(Errno.ECHILD, () -> s.k.waitpid(s.orch, a));
        s.fails(Errno.EPERM, () -> s.k.exit(s.init, 0));
        Task th = s.op(() -> s.k.cloneThread(s.orch));
        s.fails(Errno.EINVAL, () -> s.k.execve(th, "/x"));
        s.fails(Errno.EINVAL, () -> s.k.threadExit(s.orch));
        s.fails(Errno.EINVAL, () -> s.k.unshare(th, Sim.NEWUSER));
        s.fails(Errno.ECHILD, () -> s.k.waitpid(s.orch, th));
    }

    @Test
    void killPermissionsAndIgnoredTargets() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 1000));
        Task v = s.fork(s.orch);
        s.fails(Errno.EPERM, () -> s.k.kill(u, v, 9));
        s.fails(Errno.EINVAL, () -> s.k.kill(s.orch, v, 65));
        s.run(() -> s.k.kill(s.orch, s.init, 9));
        assertEquals("running", s.init.state());
        s.run(() -> s.k.kill(s.orch, v, 0));
        assertEquals("running", v.state());
        s.run(() -> s.k.kill(u, u, 15));
        assertEquals("zombie", u.state());
        assertEquals(15, u.exitStatus());
        s.fails(Errno.ESRCH, () -> s.k.kill(s.orch, u, 9));
        s.fails(Errno.ESRCH, () -> s.k.getpid(u));
    }

    @Test
    void setuidAndCapset() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        Task th = s.op(() -> s.k.cloneThread(u));
        s.run(() -> s.k.setuid(u, 1000));
        assertEquals(1000, th.uid());
        s.fails(Errno.EPERM, () -> s.k.setuid(u, 0));
        s.fails(Errno.EPERM, () -> s.k.capset(u, EnumSet.of(Capability.CAP_KILL)));
        s.run(() -> s.k.capset(s.orch, EnumSet.of(Capability.CAP_KILL)));
        s.fails(Errno.EPERM, () -> s.k.unshare(s.orch, Sim.NEWUTS));
        s.run(() -> s.k.unshare(s.orch, Sim.NEWUSER | Sim.NEWUTS));
        s.event(1, "NS_CREATE nstype=uts old-ns=4026531838 new-ns=4026532000",
                "NS_CREATE nstype=user old-ns=4026531837 new-ns=4026532001", "SYSCALL syscall=272 a0=14000000");
    }

    @Test
    void descriptorsAndNsOpen() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.setuid(u, 1000));
        s.fails(Errno.EACCES, () -> s.k.nsOpen(u, s.orch, "net"));
        s.fails(Errno.EINVAL, () -> s.k.nsOpen(s.orch, u, "time"));
        s.fails(Errno.EBADF, () -> s.k.dup(s.orch, 3));
        int f = s.op(() -> s.k.nsOpen(s.orch, u, "uts"));
        assertEquals(3, s.k.fdPass(s.orch, f, u));
        assertEquals("uts:[4026531838]", s.k.readlinkNs(s.orch, u, "uts"));
        assertEquals("pid:[4026531836]", s.k.readlinkNs(s.orch, u, "pid_for_children"));
        s.exit(u, 0);
        KernelException e = assertThrows(KernelException.class, () -> s.k.fdPass(s.orch, f, u));
        assertEquals(Errno.ESRCH, e.errno());
        s.fails(Errno.EINVAL, () -> s.k.poll(s.orch, f));
        s.fails(Errno.EINVAL, () -> s.k.setns(s.orch, f, Sim.NEWNET));
        s.noEvent();
    }

    @Test
    void failedCallsAreLoggedOnlyByRules() {
        Sim s = new Sim();
        s.k.auditctl("-a exit,always -F success=0 -k failed");
        s.fails(Errno.EBADF, () -> s.k.close(s.orch, 7));
        s.event(1, "SYSCALL syscall=3 success=no exit=-9 a0=7 key=\"failed\"");
        s.run(() -> s.k.close(s.orch, s.op(() -> s.k.dup(s.orch, s.op(() -> s.k.nsOpen(s.orch, s.orch, "ipc"))))));
        s.noEvent();
    }
}
