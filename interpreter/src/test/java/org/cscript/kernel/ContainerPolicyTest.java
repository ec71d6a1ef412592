package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.builtins.Builtins;
import org.cscript.coverage.ErrnoChecks;
import org.cscript.coverage.ModelOperation;
import org.junit.jupiter.api.Test;

/** Per-container security policy (docs/proposals/container-policy.md): P-POLICY and the P-LSM hook. */
class ContainerPolicyTest {
    private static final String AVC = "type=AVC msg=audit(1500000000.%03d:%d): avc:  denied  { unshare } for  pid=101"
            + " comm=\"runc\" scontext=web_t tcontext=web_t tclass=container permissive=0";

    /** A kernel with the knob on, the rule given, and container "web" (cfd 3) with member 101 under policy. */
    private static Sim webWithPolicy(String rule, List<String> denied) {
        Sim s = Sim.with("container.policy", "on");
        s.k.auditctl(rule);
        int cfd = s.create(s.orch, "web", 0);
        s.k.policy().setPolicy(s.orch, cfd, "web_t", denied);
        s.forkInto(s.orch, cfd);
        s.newLines();
        return s;
    }

    private static Task member(Sim s) {
        return s.k.tasks().stream().filter(t -> t.tid() == 101).findFirst().orElseThrow();
    }

    private static void unshare(Sim s, Task t, long flags) {
        s.k.policy().performing("unshare", () -> {
            s.k.unshare(t, flags);
            return null;
        });
    }

    @Test
    void aMemberIsDeniedWithTheAvcRecordBeforeTheOperationsOwnChecks() {
        Sim s = webWithPolicy("-a always,exit -S unshare", List.of("unshare"));
        Task m = member(s);
        s.fails(Errno.EACCES, () -> unshare(s, m, 1));   // bad flags: EINVAL without the policy
        List<String> lines = s.event(3, "AVC", "SYSCALL syscall=272 success=no exit=-13 a0=1 pid=101 subj=web_t");
        assertEquals(String.format(AVC, 2, 3), lines.get(0));
        assertTrue(lines.get(1).endsWith(" exe=\"/usr/bin/runc\" subj=web_t key=(null)"), lines.get(1));
        assertEquals(List.of(), s.k.checkInvariants());
    }

    @Test
    void onlyTheListedOperationsAndOnlyMembersAreDenied() {
        Sim s = webWithPolicy("-a always,exit -S unshare -S getpid", List.of("unshare"));
        Task m = member(s);
        assertEquals(101L, s.k.policy().performing("getpid", () -> s.k.getpid(m)));
        s.event(3, "SYSCALL syscall=39 success=yes pid=101 subj=web_t");
        unshare(s, s.orch, Sim.NEWUTS);
        List<String> orch = s.event(4, "NS_CREATE op=unshare", "SYSCALL syscall=272 success=yes pid=100");
        assertFalse(orch.get(1).contains("subj="), orch.get(1));
        // a member's child is a member; a call that names no operation is not checked
        Task child = s.k.policy().performing("fork", () -> s.k.fork(m));
        assertEquals("web_t", s.k.policy().labelOf(child));
        s.k.unshare(child, Sim.NEWUTS);
        assertNull(s.k.policy().labelOf(s.orch));
    }

    @Test
    void subjIsPrintedOnlyWithAPolicy() {
        Sim s = Sim.with("container.policy", "on");
        s.k.auditctl("-a always,exit -S getpid");
        int cfd = s.create(s.orch, "plain", 0);
        Task m = s.forkInto(s.orch, cfd);
        s.newLines();
        s.k.getpid(m);
        List<String> lines = s.event(3, "SYSCALL syscall=39 pid=101");
        assertFalse(lines.get(0).contains("subj="), lines.get(0));
        assertNull(s.k.policy().labelOf(m));
    }

    @Test
    void theKnobOffRefusesThePolicyAsAScenarioMistake() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "web", 0);
        ConfigException e = assertThrows(ConfigException.class,
                () -> s.k.policy().setPolicy(s.orch, cfd, "web_t", List.of("unshare")));
        assertTrue(e.getMessage().contains("container.policy = on"), e.getMessage());
    }

    @Test
    void attachingChecksInOrder() {
        Sim s = Sim.with("container.policy", "on");
        int cfd = s.create(s.orch, "web", 0);
        PolicyEntryPoints p = s.k.policy();
        s.fails(Errno.EBADF, () -> p.setPolicy(s.orch, 9, "x", List.of()));
        int nsfd = s.k.nsOpen(s.orch, s.orch, "uts");
        s.fails(Errno.EINVAL, () -> p.setPolicy(s.orch, nsfd, "x", List.of()));
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.fails(Errno.EPERM, () -> p.setPolicy(u, cfd, "x", List.of()));
        s.fails(Errno.EINVAL, () -> p.setPolicy(s.orch, cfd, "", List.of()));
        s.fails(Errno.EINVAL, () -> p.setPolicy(s.orch, cfd, "x", List.of("thread_exit")));
        p.setPolicy(s.orch, cfd, "x", List.of("kill"));
        s.fails(Errno.EEXIST, () -> p.setPolicy(s.orch, cfd, "y", List.of()));
    }

    /** P-LSM's row of errno-operations.tsv is the list a policy can deny. */
    @Test
    void theCoverageRowListsExactlyTheDeniableOperations() {
        ModelOperation hook = ErrnoChecks.catalogue().operations().stream().filter(o -> o.op().equals("P-LSM"))
                .findFirst().orElseThrow();
        assertEquals(new TreeSet<>(ContainerPolicy.DENIABLE), new TreeSet<>(hook.builtins()));
        Set<String> deniable = ContainerPolicy.DENIABLE;
        assertTrue(Builtins.all().keySet().containsAll(deniable), "every deniable name is a builtin's");
        assertFalse(deniable.contains("exit") || deniable.contains("fd_pass") || deniable.contains("container_set_policy"));
    }
}
