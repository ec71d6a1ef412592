package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Keyctl;
import org.junit.jupiter.api.Test;

/**
 * The simulator's maxima (docs/limits.md) through the kernel's Java API, with the invariants
 * checked after every operation: a refused operation leaves a consistent kernel behind.
 */
class LimitsTest {

    @Test
    void theTaskLimitCountsEveryTaskCreatedAndRefusesBeforeAnyEffect() {
        Sim s = Sim.with("limits.tasks", "4");   // init, the orchestrator and two more
        s.fork(s.orch);
        Task last = s.fork(s.orch);
        s.run(() -> s.k.exit(last, 0));
        LimitException e = assertThrows(LimitException.class, () -> s.run(() -> s.k.fork(s.orch)));
        assertEquals("task limit: more than 4 tasks (limits.tasks)", e.getMessage());
        assertThrows(LimitException.class, () -> s.run(() -> s.k.cloneThread(s.orch)));
        assertThrows(LimitException.class, () -> s.run(() -> s.k.clone(s.orch, Sim.NEWUTS)));
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void theNamespaceLimitCountsTheNamespacesOfOneCall() {
        Sim s = Sim.with("limits.namespaces", "2");
        s.run(() -> s.k.unshare(s.orch, Sim.NEWUTS));
        LimitException e = assertThrows(LimitException.class,
                () -> s.run(() -> s.k.unshare(s.orch, Sim.NEWNET | Sim.NEWIPC)));
        assertEquals("namespace limit: more than 2 namespaces (limits.namespaces)", e.getMessage());
        s.run(() -> s.k.unshare(s.orch, Sim.NEWIPC));
    }

    @Test
    void theContainerAndNamespaceLimitsCountWhatIsAliveNotWhatWasEverCreated() {
        Sim s = Sim.with("limits.containers", "1", "limits.namespaces", "2");
        for (int i = 0; i < 20; i++) {
            int cfd = s.op(() -> s.k.containerCreate(s.orch, "c", 0, 0, 0, 0));
            Task init = s.op(() -> s.k.forkIntoContainer(s.orch, cfd));
            s.run(() -> s.k.unshare(init, Sim.NEWUTS | Sim.NEWIPC));
            s.run(() -> s.k.exit(init, 0));
            s.op(() -> s.k.waitpid(s.orch, init));
            s.run(() -> s.k.close(s.orch, cfd));
        }
        int cfd = s.op(() -> s.k.containerCreate(s.orch, "kept", 0, 0, 0, 0));
        LimitException e = assertThrows(LimitException.class,
                () -> s.run(() -> s.k.containerCreate(s.orch, "second", 0, 0, 0, 0)));
        assertEquals("container limit: more than 1 containers (limits.containers)", e.getMessage());
        s.run(() -> s.k.close(s.orch, cfd));
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void theDescriptorLimitIsPerTable() {
        Sim s = Sim.with("limits.fds", "2");
        int fd = s.op(() -> s.k.nsOpen(s.orch, s.orch, "uts"));
        s.op(() -> s.k.dup(s.orch, fd));
        LimitException e = assertThrows(LimitException.class, () -> s.op(() -> s.k.dup(s.orch, fd)));
        assertEquals("descriptor limit: more than 2 descriptors (limits.fds)", e.getMessage());
        Task child = s.fork(s.orch);
        s.run(() -> s.k.close(child, fd));
        s.op(() -> s.k.dup(child, fd + 1));
    }

    @Test
    void theTraceLimitStopsAtTheRecordThatWouldPassIt() {
        Sim s = Sim.with("limits.trace_records", "2");
        s.run(() -> s.k.auditUserMsg(s.orch, "a"));
        s.run(() -> s.k.auditUserMsg(s.orch, "b"));
        LimitException e = assertThrows(LimitException.class, () -> s.k.auditUserMsg(s.orch, "c"));
        assertEquals("trace record limit: more than 2 trace records (limits.trace_records)", e.getMessage());
        assertEquals(2, s.k.hostTrace().size());
    }

    @Test
    void countersStopAtTheEndOfTheirTypeInsteadOfWrapping() {
        Sim serials = Sim.with("audit.first_serial", "4294967295");
        serials.run(() -> serials.k.auditUserMsg(serials.orch, "last"));
        assertTrue(serials.k.hostTrace().getFirst().contains(":4294967295)"), serials.k.hostTrace().getFirst());
        LimitException serial = assertThrows(LimitException.class,
                () -> serials.k.auditUserMsg(serials.orch, "one too many"));
        assertTrue(serial.getMessage().startsWith("audit serial: more than 4294967295"), serial.getMessage());

        Sim inums = Sim.with("ns.first_inum", "4294967295");
        inums.run(() -> inums.k.unshare(inums.orch, Sim.NEWUTS));
        assertThrows(LimitException.class, () -> inums.run(() -> inums.k.unshare(inums.orch, Sim.NEWUTS)));

        Sim keys = Sim.with("keys.first_serial", "2147483646");   // the session keyring, then "a"
        keys.op(() -> keys.k.keys().addKey(keys.orch, "user", "a", "1", Keyctl.KEY_SPEC_SESSION_KEYRING));
        assertThrows(LimitException.class, () -> keys.op(() -> keys.k.keys().addKey(keys.orch, "user", "b", "2",
                Keyctl.KEY_SPEC_SESSION_KEYRING)));
    }

    @Test
    void theClockNeverPassesTheYear9999() {
        Sim s = Sim.with("clock.start_ms", "253402300799999", "clock.tick_ms", "0");
        s.run(() -> s.k.auditUserMsg(s.orch, "at the end of time"));
        LimitException e = assertThrows(LimitException.class, () -> s.k.advanceClock(1));
        assertEquals("clock limit: the clock cannot pass 253402300799999 ms (9999-12-31T23:59:59.999Z)", e.getMessage());
        Sim ticking = Sim.with("clock.start_ms", "253402300799999");
        assertThrows(LimitException.class, () -> ticking.k.auditUserMsg(ticking.orch, "tick"));
    }

    @Test
    void numericKnobsAreRefusedOutsideTheirRange() {
        KernelConfig c = KernelConfig.defaults();
        ConfigException pid = assertThrows(ConfigException.class, () -> c.set("pid.first", "9223372036854775807"));
        assertEquals("config pid.first cannot be '9223372036854775807'; expected an integer from 2 to 4194304",
                pid.getMessage());
        assertThrows(ConfigException.class, () -> c.set("clock.tick_ms", "86400001"));
        assertThrows(ConfigException.class, () -> c.set("audit.first_serial", "4294967296"));
        assertThrows(ConfigException.class, () -> c.set("keys.first_serial", "2147483648"));
        assertThrows(ConfigException.class, () -> c.set("limits.steps", "0"));
        assertThrows(ConfigException.class, () -> c.set("limits.tasks", "1"));   // the boot needs two
        assertEquals("config limits.steps cannot be 'many'; expected an integer >= 1",
                assertThrows(ConfigException.class, () -> c.set("limits.steps", "many")).getMessage());
        c.set("limits.steps", "9223372036854775807");
    }
}
