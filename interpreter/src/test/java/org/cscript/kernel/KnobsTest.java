package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/** The typed knobs (§0.4) resolved at boot and by {@link Kernel#configure}. */
class KnobsTest {

    @Test
    void everyAllowedChoiceResolves() {
        for (String key : KernelConfig.keys()) {
            for (String value : KernelConfig.choices(key)) {
                KernelConfig c = KernelConfig.defaults();
                c.set(key, value);
                Knobs.of(c); // no constant missing for any allowed text
            }
        }
    }

    @Test
    void defaultsResolve() {
        Knobs k = Knobs.of(KernelConfig.defaults());
        assertEquals(Capability.CAP_CONTAINER_ADMIN, k.setterCap());
        assertEquals(Knobs.CapScope.INIT, k.capScope());
        assertEquals(Knobs.ReadCap.SETTER, k.readCap());
        assertFalse(k.allowMove());
        assertTrue(k.requireDescendant());
        assertTrue(k.denyChildren());
        assertEquals(Knobs.ThreadPolicy.DENY, k.threadPolicy());
        assertEquals(Knobs.SetnsContidPolicy.KEEP, k.setnsContidPolicy());
        assertTrue(k.allowContainerFd());
        assertEquals(Knobs.KillOnCloseScope.ALL, k.killOnCloseScope());
        assertTrue(k.forkIntoAfterStart());
        assertEquals(Knobs.LsmAlloc.ALLOW, k.lsmAlloc());
        assertTrue(k.auditEnabled());
        assertEquals(Knobs.RecordNames.SEED, k.recordNames());
        assertEquals(Knobs.ContidFormat.LEAF, k.contidFormat());
        assertEquals("00:04", k.nsdev());
        assertEquals(1, k.tickMs());
        assertEquals(1500000000000L, k.clockStartMs());
        assertEquals(1, k.firstSerial());
        assertEquals(100, k.firstPid());
        assertEquals(4026532000L, k.firstInum());
        assertFalse(k.keysUsernsQueue());
        assertEquals(1000, k.firstKeySerial());
        assertFalse(k.execCheckPath());
    }

    @Test
    void configureChangesTheRunningKernel() {
        Sim s = new Sim();
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        Task t = s.fork(u);
        s.fails(Errno.EPERM, () -> s.k.contidRead(u, t));
        s.newLines();
        s.k.configure("contid.read_cap", "none");
        assertEquals(Sim.UNSET + "\n", s.op(() -> s.k.contidRead(u, t)));
        s.k.configure("audit.enabled", "false");
        s.run(() -> s.k.unshare(s.orch, Sim.NEWUTS));
        s.noEvent();
        s.k.auditSetEnabled(true);
        assertTrue(s.k.core.knobs().auditEnabled());
    }

    @Test
    void aRunningKernelRefusesBootKnobsAndBadValues() {
        Kernel k = new Kernel(KernelConfig.defaults());
        ConfigException boot = assertThrows(ConfigException.class, () -> k.configure("pid.first", "500"));
        assertEquals("config pid.first is read at boot; a running kernel cannot change it", boot.getMessage());
        ConfigException bad = assertThrows(ConfigException.class, () -> k.configure("contid.read_cap", "x"));
        assertEquals("config contid.read_cap cannot be 'x'; allowed: setter | none", bad.getMessage());
        assertThrows(ConfigException.class, () -> k.configure("no.such", "x"));
        assertEquals(Knobs.ReadCap.SETTER, k.core.knobs().readCap());
    }

    @Test
    void theKernelKeepsItsOwnCopy() {
        KernelConfig c = KernelConfig.defaults();
        Kernel k = new Kernel(c);
        c.set("audit.enabled", "false");
        assertTrue(k.core.knobs().auditEnabled());
    }
}
