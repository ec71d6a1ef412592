package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/** Set-on-clone (Q20, contid.set_on_clone): OP-01 giving the child its audit container ID. */
class SetOnCloneTest {

    @Test
    void offByDefaultIsAScenarioMistakeThatChangesNothing() {
        Sim s = new Sim();
        int tasks = s.k.tasks().size();
        ConfigException e = assertThrows(ConfigException.class, () -> s.k.cloneWithContid(s.orch, 0, 5));
        assertTrue(e.getMessage().contains("contid.set_on_clone = on"), e.getMessage());
        s.noEvent();
        assertEquals(tasks, s.k.tasks().size());
        assertEquals(101, s.fork(s.orch).tid(), "no pid was used");
    }

    /** The child's record is the one the /proc write gives a forked child, byte for byte. */
    @Test
    void theRecordIsTheProcWritesInTheClonesEvent() {
        Sim byWrite = Sim.with("contid.set_on_clone", "on");
        Task c1 = byWrite.fork(byWrite.orch);
        byWrite.contidWrite(byWrite.orch, c1, "5");
        List<String> written = byWrite.event(1, "CONTAINER op=set opid=101 contid=5 res=1", "SYSCALL syscall=1");

        Sim onClone = Sim.with("contid.set_on_clone", "on");
        Task c2 = onClone.op(() -> onClone.k.cloneWithContid(onClone.orch, 0, 5));
        List<String> cloned = onClone.event(1, "CONTAINER op=set opid=101 contid=5 res=1",
                "SYSCALL syscall=56 success=yes exit=101 a0=0 a1=5");
        assertEquals(written.get(0), cloned.get(0));
        assertEquals(5, c2.contid);
        assertEquals(List.of(), onClone.k.checkInvariants());
    }

    /** A refusal comes before the child: no task, no namespace, no record, no pid used. */
    @Test
    void aRefusalCreatesNothing() {
        Sim s = Sim.with("contid.set_on_clone", "on");
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        int tasks = s.k.tasks().size();
        s.fails(Errno.EPERM, () -> s.k.cloneWithContid(u, Sim.NEWNET, 5));
        s.fails(Errno.EINVAL, () -> s.k.cloneWithContid(s.orch, 0, Unset.U64));
        s.fails(Errno.EINVAL, () -> s.k.cloneWithContid(s.orch, 1, 5));   // OP-01's flag check first
        s.noEvent();
        assertEquals(tasks, s.k.tasks().size());
        Task c = s.op(() -> s.k.cloneWithContid(s.orch, Sim.NEWNET, 5));
        assertEquals(102, c.tid());
        s.event(1, "NS_CREATE op=clone nstype=net new-ns=4026532000", "CONTAINER op=set opid=102 netns=4026532000 res=1",
                "SYSCALL a0=40000000 a1=5");
    }

    /** Seed ladder: nesting as for the write; the value cannot be the caller's own or placed elsewhere. */
    @Test
    void seedNestingRules() {
        Sim s = Sim.with("contid.set_on_clone", "on");
        Task o = s.fork(s.orch);
        s.contidWrite(s.orch, o, "100");
        Task other = s.fork(s.orch);
        s.contidWrite(s.orch, other, "200");
        s.fails(Errno.EEXIST, () -> s.k.cloneWithContid(o, 0, 100));
        s.fails(Errno.EEXIST, () -> s.k.cloneWithContid(o, 0, 200));
        Task n = s.op(() -> s.k.cloneWithContid(o, 0, 101));
        assertEquals(101, n.contid);
        assertEquals(100L, s.k.core.registry.entry(101).parent);
        assertTrue(!s.k.core.registry.entry(100).tasks.containsKey(n.tid()), "never in the parent's entry");
    }

    /** v11 ladder: the caller becomes the owner, may inject more children, another orchestrator may not. */
    @Test
    void v11OwnershipAndUniqueness() {
        Sim s = Sim.with("contid.set_on_clone", "on", "contid.ladder", "v11", "contid.setter_cap", "CAP_AUDIT_CONTROL");
        Task a = s.op(() -> s.k.cloneWithContid(s.orch, 0, 10));
        assertEquals(s.orch, s.k.core.registry.entry(10).owner);
        Task b = s.op(() -> s.k.cloneWithContid(s.orch, 0, 10));
        assertEquals(10, b.contid);
        Task o2 = s.fork(s.orch);
        s.fails(Errno.ENOTUNIQ, () -> s.k.cloneWithContid(o2, 0, 10));
        Task nested = s.op(() -> s.k.cloneWithContid(a, 0, 20));
        assertEquals(20, nested.contid);
        s.run(() -> s.k.auditSetEnabled(false));
        s.fails(Errno.ENOPROTOOPT, () -> s.k.cloneWithContid(s.orch, 0, 30));
    }
}
