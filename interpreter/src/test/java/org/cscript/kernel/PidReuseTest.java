package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/**
 * pid.reuse (Q23): the numbering under {@code lowest_free} and {@code never}, the /proc/PID
 * lookup of OP-46 ({@link Kernel#procTask}) and the stale handle. Every Sim checks the
 * invariants after each operation, PidNumbersCheck among them.
 */
class PidReuseTest {
    private static Sim reusing() {
        return Sim.with("pid.reuse", "lowest_free");
    }

    /** Fork, exit and reap {@code t}'s number back: the child of {@code parent} exits, parent waits. */
    private static void exitAndReap(Sim s, Task parent, Task t) {
        s.exit(t, 0);
        s.run(() -> s.k.waitpid(parent, t));
        assertEquals("reaped", t.state());
    }

    @Test
    void theLowestFreeNumberAfterAReapAndZombiesKeepTheirs() {
        Sim s = reusing();
        Task a = s.fork(s.orch);
        Task b = s.fork(s.orch);
        Task c = s.fork(s.orch);
        assertEquals(103, c.tid());
        s.exit(b, 0);
        s.exit(a, 0);
        assertEquals("zombie", a.state());
        assertEquals(104, s.fork(s.orch).tid(), "zombies 101 and 102 keep their numbers");
        s.run(() -> s.k.waitpid(s.orch, b));
        s.run(() -> s.k.waitpid(s.orch, a));
        Task d = s.fork(s.orch);
        Task e = s.fork(s.orch);
        Task f = s.fork(s.orch);
        assertEquals(101, d.tid(), "the lowest free first");
        assertEquals(102, e.tid());
        assertEquals(105, f.tid(), "then the counter");
        assertEquals(101, d.tgid());
        assertNotSame(a, d);
    }

    @Test
    void neverHandsANumberOutTwice() {
        Sim s = new Sim();
        Task a = s.fork(s.orch);
        exitAndReap(s, s.orch, a);
        assertEquals(102, s.fork(s.orch).tid());
        s.fails(Errno.ESRCH, () -> s.k.procTask(s.orch, 101));
    }

    @Test
    void aFinishedThreadGivesItsNumberBack() {
        Sim s = reusing();
        Task y = s.op(() -> s.k.cloneThread(s.orch));
        assertEquals(101, y.tid());
        s.run(() -> s.k.threadExit(y));
        assertEquals(101, s.fork(s.orch).tid());
    }

    @Test
    void eachLevelOfNestedPidNamespacesNumbersOnItsOwn() {
        Sim s = reusing();
        Task x = s.op(() -> s.k.clone(s.orch, Sim.NEWPID));   // 101 outside, 1 inside
        Task y = s.fork(x);
        Task z = s.fork(x);
        assertEquals(2, s.k.pidIn(x, y));
        assertEquals(3, s.k.pidIn(x, z));
        assertEquals(103, z.tid());
        exitAndReap(s, x, y);
        Task w = s.fork(x);
        assertEquals(2, s.k.pidIn(x, w), "inside: the lowest free");
        assertEquals(102, w.tid(), "outside too");
        exitAndReap(s, x, z);           // frees 3 inside and 103 outside
        Task o = s.fork(s.orch);        // the initial namespace's 103 goes to a task outside x's
        assertEquals(103, o.tid());
        Task v = s.fork(x);
        assertEquals(3, s.k.pidIn(x, v), "x's namespace still has 3 free");
        assertEquals(104, v.tid(), "the initial namespace had nothing free left");
        assertEquals(0, s.k.pidIn(x, o));
    }

    @Test
    void aNewPidNamespaceNeverHandsOutItsInitsNumber() {
        Sim s = reusing();
        Task x = s.op(() -> s.k.clone(s.orch, Sim.NEWPID));
        Task y = s.fork(x);
        exitAndReap(s, x, y);
        assertEquals(2, s.k.pidIn(x, s.fork(x)), "1 is held by the namespace's init");
    }

    @Test
    void theLookupFindsTheNumbersHolderNowAndAHandleKeepsItsTask() {
        Sim s = reusing();
        Task a = s.fork(s.orch);
        assertSame(a, s.op(() -> s.k.procTask(s.orch, 101)));
        s.exit(a, 0);
        assertSame(a, s.op(() -> s.k.procTask(s.orch, 101)), "a zombie shows in /proc");
        s.run(() -> s.k.waitpid(s.orch, a));
        s.fails(Errno.ESRCH, () -> s.k.procTask(s.orch, 101));
        Task b = s.fork(s.orch);
        assertSame(b, s.op(() -> s.k.procTask(s.orch, 101)));
        s.fails(Errno.ESRCH, () -> s.k.contidWrite(s.orch, a, "5"));   // the stale handle: reaped, as before
        assertEquals(1, s.op(() -> s.k.contidWrite(s.orch, b, "5")));
        assertEquals(5, b.contid());
        assertEquals(Sim.UNSET, Long.toUnsignedString(a.contid()));
    }

    @Test
    void theLookupIsInTheCallersPidNamespace() {
        Sim s = reusing();
        Task x = s.op(() -> s.k.clone(s.orch, Sim.NEWPID));
        Task y = s.fork(x);
        assertSame(y, s.op(() -> s.k.procTask(x, 2)));
        assertSame(y, s.op(() -> s.k.procTask(s.orch, 102)));
        s.fails(Errno.ESRCH, () -> s.k.procTask(x, 102));
        s.fails(Errno.ESRCH, () -> s.k.procTask(x, -1));
    }

    @Test
    void pidReuseIsABootTimeKnob() {
        Sim s = reusing();
        ConfigException e = assertThrows(ConfigException.class, () -> s.k.configure("pid.reuse", "never"));
        assertTrue(e.getMessage().contains("read at boot"), e.getMessage());
        assertThrows(ConfigException.class, () -> KernelConfig.defaults().set("pid.reuse", "lowest"));
    }
}
