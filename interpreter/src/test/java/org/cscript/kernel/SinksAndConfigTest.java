package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/** S39 container sinks (§4.6, OP-51) and the §0.4 configuration knobs. */
class SinksAndConfigTest {

    /** S39 — per-container sinks see their own and nested containers' events; the host sees all. */
    @Test
    void s39_containerSinks() {
        Sim s = new Sim();
        s.k.auditSinkCreate("c100", 100);
        Task a = s.fork(s.orch);
        Task x = s.fork(s.orch);
        s.contidWrite(s.orch, a, "100");
        Task b = s.fork(a);
        s.contidWrite(a, b, "200");
        s.contidWrite(s.orch, x, "300");
        s.run(() -> s.k.unshare(a, Sim.NEWNET));
        s.run(() -> s.k.unshare(x, Sim.NEWUTS));
        s.run(() -> s.k.unshare(s.orch, Sim.NEWIPC));
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfTask(a), "1", "2", 6, 0));
        s.run(() -> s.k.unshare(b, Sim.NEWUTS));
        List<String> sink = s.k.sinkTrace("c100");
        List<Integer> serials = sink.stream().map(l -> Integer.parseInt(l.replaceAll(".*:(\\d+)\\): .*", "$1")))
                .distinct().toList();
        // 1 set 100, 2 set 200 (old-contid 100), 4 unshare by a, 7 packet, 8 unshare by b (nested 200)
        assertEquals(List.of(1, 2, 4, 7, 8), serials);
        for (String line : sink) {
            assertTrue(s.k.hostTrace().contains(line), "same lines and serials as the host: " + line);
        }
        KernelException dup = assertThrows(KernelException.class, () -> s.k.auditSinkCreate("c100", 5));
        assertEquals(Errno.EEXIST, dup.errno());
        KernelException unset = assertThrows(KernelException.class,
                () -> s.k.auditSinkCreate("u", Unset.U64));
        assertEquals(Errno.EINVAL, unset.errno());
    }

    @Test
    void configValidationAndProfiles() {
        KernelConfig c = KernelConfig.defaults();
        assertEquals("CAP_CONTAINER_ADMIN", c.get("contid.setter_cap"));
        assertEquals(KernelConfig.keys().stream().sorted().toList(), KernelConfig.keys());
        assertEquals(45, KernelConfig.keys().size());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> c.set("contid.thread_policy", "all"));
        assertTrue(bad.getMessage().contains("deny | group"), bad.getMessage());
        assertThrows(ConfigException.class, () -> c.set("no.such", "x"));
        assertThrows(ConfigException.class, () -> c.set("pid.first", "1"));
        assertThrows(ConfigException.class, () -> c.set("audit.nsdev", "4"));
        c.applyProfile("upstream");
        assertEquals("CAP_AUDIT_CONTROL", c.get("contid.setter_cap"));
        assertEquals("v11", c.get("audit.contid_format"));
        assertEquals("v11", c.get("audit.layouts"));
        assertEquals("v11", c.get("contid.ladder"));
        KernelConfig copy = c.copy();
        c.applyProfile("seed");
        assertEquals("leaf", c.get("audit.contid_format"));
        assertEquals("seed", c.get("contid.ladder"));
        assertEquals("upstream", copy.get("audit.record_names"));
        assertThrows(ConfigException.class, () -> c.applyProfile("other"));
    }

    @Test
    void upstreamProfileNamesAndChainFormat() {
        KernelConfig c = KernelConfig.defaults();
        c.applyProfile("upstream");
        Sim s = new Sim(c);
        Task a = s.fork(s.orch);
        s.run(() -> s.k.capset(s.orch, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        s.contidWrite(s.orch, a, "100");
        s.event(1, "CONTAINER_OP op=set opid=101 contid=100 old-contid=-1", "SYSCALL");
        Task b = s.fork(a);
        s.contidWrite(a, b, "200");
        s.event(2, "CONTAINER_OP op=set opid=102", "SYSCALL", "CONTAINER_ID contid=100");
        s.run(() -> s.k.unshare(b, Sim.NEWUTS));
        s.event(3, "NS_CREATE contid=200", "SYSCALL", "CONTAINER_ID contid=200,^100");
    }

    @Test
    void aSinkUnderTheUpstreamProfileReadsItsUnsetOldContid() {
        KernelConfig c = KernelConfig.defaults();
        c.applyProfile("upstream");
        Sim s = new Sim(c);
        s.k.auditSinkCreate("c100", 100);
        Task a = s.fork(s.orch);
        s.contidWrite(s.orch, a, "100");   // old-contid=-1: the v11 layouts print unset so
        assertEquals(s.k.hostTrace(), s.k.sinkTrace("c100"));
    }

    @Test
    void bootKnobs() {
        Sim s = Sim.with("pid.first", "500", "ns.first_inum", "7000", "clock.start_ms", "1234", "clock.tick_ms", "10",
                "audit.first_serial", "40", "audit.nsdev", "00:2a");
        assertEquals(500, s.orch.tid());
        s.run(() -> s.k.unshare(s.orch, Sim.NEWUTS));
        s.k.advanceClock(5);
        s.run(() -> s.k.unshare(s.orch, Sim.NEWUTS));
        List<String> lines = s.newLines();
        assertTrue(lines.get(0).startsWith("type=UNKNOWN[1340] msg=audit(1.234:40): "), lines.get(0));
        assertTrue(lines.get(0).contains("nsdev=00:2a old-ns=4026531838 new-ns=7000"), lines.get(0));
        assertTrue(lines.get(2).startsWith("type=UNKNOWN[1340] msg=audit(1.249:41): "), lines.get(2));
    }

    @Test
    void lsmDenyAndCgroupPrivilege() {
        Sim s = Sim.with("container.lsm_alloc", "deny");
        s.fails(Errno.EACCES, () -> s.k.containerCreate(s.orch, "x", 0, 0, 0, 0));
        Sim t = new Sim();
        Task u = t.fork(t.orch);
        t.run(() -> t.k.unshare(u, Sim.NEWUSER));
        t.fails(Errno.EPERM, () -> t.k.containerCreate(u, "x", ContainerFlags.NEW_CGROUP_NS, 0, 0, 0));
        assertEquals(3, t.create(u, "y", ContainerFlags.NEW_UTS_NS));
    }

    @Test
    void readContidWithoutCapabilityWhenAllowed() {
        Sim s = Sim.with("contid.read_cap", "none");
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_CONTAINER_ADMIN)));
        Task t = s.fork(u);
        assertEquals(Sim.UNSET + "\n", s.op(() -> s.k.contidRead(u, t)));
    }

    @Test
    void describeFdAndPidIn() {
        Sim s = new Sim();
        s.create(s.orch, "view", ContainerFlags.NEW_PID_NS);
        int f = s.op(() -> s.k.nsOpen(s.orch, s.orch, "pid_for_children"));
        assertEquals(new FileView(FileView.Kind.CONTAINER, "view", 1), s.k.describeFd(s.orch, 3));
        assertEquals(new FileView(FileView.Kind.NSFS, "pid", 4026531836L), s.k.describeFd(s.orch, f));
        assertEquals(null, s.k.describeFd(s.orch, 9));
        Task i = s.forkInto(s.orch, 3);
        assertEquals(101, s.k.pidIn(s.orch, i));
        assertEquals(0, s.k.pidIn(i, s.orch));
        assertEquals(1, s.k.pidIn(i, i));
        assertEquals("view", i.containerName());
    }

    @Test
    void theKnobsOfTheSetupAndKeysModelsTakeEveryValue() {
        KernelConfig c = KernelConfig.defaults();
        c.set("exec.check_path", "true");
        assertTrue(Knobs.of(c).execCheckPath());
        c.set("keys.userns_queue", "true");
        assertTrue(Knobs.of(c).keysUsernsQueue());
        c.set("keys.first_serial", "5000");
        assertEquals(5000, Knobs.of(c).firstKeySerial());
    }
}
