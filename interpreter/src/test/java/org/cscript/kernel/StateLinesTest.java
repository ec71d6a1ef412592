package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.NsKind;
import org.junit.jupiter.api.Test;

/**
 * {@link StateLines} and the access recorder, which a model checker's partial-order reduction
 * relies on: a step must change exactly the keys of the objects it changed, no more (else
 * independent steps look dependent) and no less (else dependent ones look independent).
 */
class StateLinesTest {
    private static final String INIT_NET = "ns:4026531992";

    private static Kernel kernel() {
        return new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
    }

    /** Keys added, removed or whose line differs between two descriptions. */
    private static Set<String> changed(SortedMap<String, String> before, SortedMap<String, String> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(key -> java.util.Objects.equals(before.get(key), after.get(key)));
        return keys;
    }

    private static Set<String> initNamespaceKeys(Task t) {
        TreeSet<String> out = new TreeSet<>();
        t.namespaceInodes().values().forEach(inum -> out.add("ns:" + inum));
        return out;
    }

    @Test
    void twoKernelsMadeTheSameWayAreDescribedTheSame() {
        List<SortedMap<String, String>> seen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Kernel k = kernel();
            Task orch = k.startOrchestrator();
            Task t = k.fork(orch);
            k.contidWrite(orch, t, "7");
            k.containerCreate(orch, "web", ContainerFlags.NEW_FS_NS, 0, 0, 0);
            k.auditctl("-a always,exit -S getpid");
            seen.add(StateLines.describe(k));
        }
        assertEquals(seen.get(0), seen.get(1));
        assertTrue(seen.get(0).containsKey("ctr:1"), "the new container has its line: " + seen.get(0).keySet());
        for (String key : List.of("task:1", "ctr:0", INIT_NET, "contid:7", "alloc:pid", "alloc:inum", "alloc:ctr",
                "alloc:session", "rules", "knobs", "keys", "backlog", "images")) {
            assertTrue(seen.get(0).containsKey(key), key + " in " + seen.get(0).keySet());
        }
    }

    @Test
    void forkChangesTheParentAndTheAllocatorAndAddsTheChild() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        SortedMap<String, String> before = StateLines.describe(k);
        Task child = k.fork(orch);
        SortedMap<String, String> after = StateLines.describe(k);
        TreeSet<String> expected = new TreeSet<>(List.of("task:" + orch.tid(), "task:" + child.tid(), "alloc:pid",
                "ctr:0"));
        expected.addAll(initNamespaceKeys(child));   // the child's references on every namespace
        assertEquals(expected, changed(before, after));
        assertFalse(before.containsKey("task:" + child.tid()));
        assertTrue(after.get("task:" + child.tid()).contains("parent=" + orch.tid()), after.get("task:" + child.tid()));
    }

    @Test
    void settingAContidChangesTheTargetAndRegistersTheValue() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        Task t = k.fork(orch);
        SortedMap<String, String> before = StateLines.describe(k);
        k.contidWrite(orch, t, "42");
        SortedMap<String, String> after = StateLines.describe(k);
        // the registry entry, its definition namespaces' index, the net association and contid_parent
        TreeSet<String> expected = new TreeSet<>(List.of("task:" + t.tid(), "contid:42", "alloc:contid"));
        expected.addAll(initNamespaceKeys(t));
        assertEquals(expected, changed(before, after));
        assertTrue(after.get("contid:42").contains("tasks=[" + t.tid() + "]"), after.get("contid:42"));
        assertTrue(after.get(INIT_NET).contains("contidCounts={42=1}"), after.get(INIT_NET));
    }

    @Test
    void setnsChangesTheTaskAndTheRefsOfBothNamespaces() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        Task t = k.fork(orch);
        k.unshare(t, NsKind.NET.cloneFlag());
        long newNet = t.namespaceInodes().get("net");
        int fd = k.nsOpen(orch, t, "net");
        SortedMap<String, String> before = StateLines.describe(k);
        k.setns(orch, fd, 0);
        SortedMap<String, String> after = StateLines.describe(k);
        assertEquals(Set.of("task:" + orch.tid(), INIT_NET, "ns:" + newNet), changed(before, after));
        assertTrue(before.get("ns:" + newNet).contains("refs=2"), before.get("ns:" + newNet));
        assertTrue(after.get("ns:" + newNet).contains("refs=3"), after.get("ns:" + newNet));
    }

    @Test
    void auditctlChangesTheRulesOnlyAndAUserMessageChangesNothing() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        SortedMap<String, String> before = StateLines.describe(k);
        k.auditctl("-a always,exit -S getpid -k probe");
        SortedMap<String, String> ruled = StateLines.describe(k);
        assertEquals(Set.of("rules"), changed(before, ruled));
        assertTrue(ruled.get("rules").contains("probe"), ruled.get("rules"));
        k.auditUserMsg(orch, "hello");
        k.getpid(orch);   // an audited syscall by the rule: serial, clock and trace move, no object changes
        assertEquals(Set.of(), changed(ruled, StateLines.describe(k)));
        assertFalse(k.hostTrace().isEmpty(), "the events were emitted");
    }

    @Test
    void aTaskClosureHoldsItsFamilyContainerNamespacesAndContid() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        Task t = k.fork(orch);
        TreeSet<String> expected = new TreeSet<>(List.of("task:" + t.tid(), "task:" + orch.tid(), "ctr:0"));
        expected.addAll(initNamespaceKeys(t));
        expected.add("ns:4026531837");   // user
        assertEquals(expected, StateLines.closureOfTask(k, t));
        k.contidWrite(orch, t, "9");
        Task thread = k.cloneThread(t);
        expected.add("task:" + thread.tid());
        expected.add("contid:9");
        assertEquals(expected, StateLines.closureOfTask(k, thread), "a thread brings its leader and the leader's parent");
    }

    @Test
    void recordLinesNameTheirTasksContidsNamespacesAndContainers() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        Task t = k.fork(orch);
        k.contidWrite(orch, t, "5");
        Task u = k.fork(t);
        k.unshare(u, NsKind.UTS.cloneFlag());
        long uts = u.namespaceInodes().get("uts");
        int cfd = k.containerCreate(orch, "web", ContainerFlags.NEW_UTS_NS, 0, 0, 0);
        long ctr = k.describeFd(orch, cfd).id();
        k.auditUserMsg(u, "pid=999 contid=888");
        Set<String> keys = StateLines.keysMentionedIn(k, k.hostTrace());
        for (String key : List.of("task:" + orch.tid(), "task:" + t.tid(), "task:" + u.tid(), "contid:5",
                "ns:" + uts, "ns:4026531838", "ctr:" + ctr)) {
            assertTrue(keys.contains(key), key + " in " + keys + " from " + k.hostTrace());
        }
        assertFalse(keys.contains("task:999"), "a USER message's text is not a field: " + keys);
        assertFalse(keys.contains("contid:888"), keys.toString());
        assertFalse(keys.contains("contid:18446744073709551615"), keys.toString());
        assertEquals(Set.of("contid:3", "contid:2", "contid:1"), StateLines.keysMentionedIn(k,
                List.of("type=CONTAINER_ID msg=audit(1.000:9): contid=3,^2,^1 old-contid=18446744073709551615")));
    }

    @Test
    void theRecorderReportsTheObjectsBehindDescriptorsUntilStopped() {
        Kernel k = kernel();
        Task orch = k.startOrchestrator();
        int cfd = k.containerCreate(orch, "web", 0, 0, 0, 0);
        long ctr = k.describeFd(orch, cfd).id();
        Task t = k.fork(orch);
        k.unshare(t, NsKind.NET.cloneFlag());
        int nsfd = k.nsOpen(orch, t, "net");
        List<String> seen = new ArrayList<>();
        k.recordAccesses(seen::add);
        k.getpid(orch);
        assertEquals(List.of(), seen, "no descriptor, nothing reported");
        k.forkIntoContainer(orch, cfd);
        assertEquals(List.of("ctr:" + ctr), seen);
        seen.clear();
        k.setns(orch, nsfd, 0);
        assertEquals(List.of("ns:" + t.namespaceInodes().get("net")), seen);
        k.stopRecordingAccesses();
        seen.clear();
        k.close(orch, nsfd);
        assertEquals(List.of(), seen, "nothing after stop");
    }
}
