package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.Keyctl;
import org.cscript.abi.MoveMountFlags;
import org.cscript.abi.NsKind;
import org.cscript.host.Failures;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;

/**
 * The invariant checker catches corruption: each test breaks one invariant of kernel-model.md
 * §1.12 behind the model's back, the way a bug in an operation would, and asserts that the
 * violation names it. A checker that reports nothing would pass every other test.
 */
class InvariantCorruptionTest {
    /** A kernel after P0 that checks only when asked, so a test can corrupt it first. */
    private static Kernel kernel() {
        return kernel(KernelConfig.defaults());
    }

    private static Kernel kernel(KernelConfig config) {
        Kernel k = new Kernel(config);
        k.startOrchestrator();
        assertEquals(List.of(), k.checkInvariants());
        return k;
    }

    private static KernelConfig queueConfig() {
        KernelConfig c = KernelConfig.defaults();
        c.set("keys.userns_queue", "true");
        return c;
    }

    private static Task orch(Kernel k) {
        return k.core.tasks.get(100L);
    }

    private static void assertBroken(Kernel k, Invariant expected, String detail) {
        List<Violation> found = k.checkInvariants();
        assertTrue(found.stream().anyMatch(v -> v.invariant() == expected && v.detail().contains(detail)),
                "expected " + expected + " '" + detail + "', found " + found);
    }

    @Test
    void aTaskOutsideEveryContainer() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.core.initContainer.members.remove(t);
        assertBroken(k, Invariant.MEMBERSHIP, "is a member of 0 live containers");
    }

    @Test
    void aStaleRegistry() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.contidWrite(orch(k), t, "5");
        t.contid = 6;
        assertBroken(k, Invariant.REGISTRY, "has contid 6 but is not in its entry");
    }

    @Test
    void aDeadContainerGainsAMember() {
        Kernel k = kernel();
        Task orch = orch(k);
        int cfd = k.containerCreate(orch, "c", 0, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        Task other = k.forkIntoContainer(orch, cfd);
        k.exit(init, 0);   // init dies: DEAD; the other member is SIGKILLed
        Container c = k.core.containers.get(1L);
        assertTrue(c.dead && !other.running());
        assertEquals(List.of(), k.checkInvariants());
        Task joiner = k.fork(orch);   // a buggy join, behind the checks of OP-17
        joiner.container.members.remove(joiner);
        k.core.initContainer.usage--;
        k.core.joinContainer(joiner, c);
        assertBroken(k, Invariant.DEAD_CONTAINER, "DEAD ctr 1 gained member task " + joiner.tid());
    }

    @Test
    void aWrongUsageCount() {
        Kernel k = kernel();
        k.containerCreate(orch(k), "x", 0, 0, 0, 0);
        k.core.containers.get(1L).usage++;
        assertBroken(k, Invariant.CONTAINER_USAGE, "ctr 1 usage 2, sources 1 (1 file(s), 0 members, 0 children)");
    }

    @Test
    void aLeakedNamespaceReference() {
        Kernel k = kernel();
        k.core.initUserNs.refs++;
        assertBroken(k, Invariant.NAMESPACE_REFS, "user:[4026531837] refs");
    }

    @Test
    void aReusedTid() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.exit(t, 0);
        k.waitpid(orch(k), t);
        assertEquals(List.of(), k.checkInvariants());
        k.core.initPidNs.nextNr = t.tid();   // the PID allocator goes back
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "the tid counter went back from 102 to 101");
        Task again = k.fork(orch(k));
        assertEquals(t.tid(), again.tid());
        // task 101 was reaped and left the task table; its number is still known to be spent
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "new task 101 has tid 101 outside the range handed out since the last check");
    }

    @Test
    void twoTasksWithOneNumberUnderLowestFree() {
        KernelConfig c = KernelConfig.defaults();
        c.set("pid.reuse", "lowest_free");
        Kernel k = kernel(c);
        Task a = k.fork(orch(k));
        k.core.initPidNs.freeNrs.add(a.tid());   // a buggy reap: the number of a live task goes back
        assertBroken(k, Invariant.PIDS_UNIQUE, "free PID 101 in pid:[4026531836] is held by");
        Task b = k.fork(orch(k));
        assertEquals(a.tid(), b.tid());
        assertBroken(k, Invariant.PIDS_UNIQUE, "PID 101 in pid:[4026531836] is held by both");
    }

    @Test
    void twoTasksWithOneNumberInANestedPidNamespace() {
        KernelConfig c = KernelConfig.defaults();
        c.set("pid.reuse", "lowest_free");
        Kernel k = kernel(c);
        Task x = k.clone(orch(k), Sim.NEWPID);
        Task y = k.fork(x);
        Task z = k.fork(x);
        assertEquals(List.of(), k.checkInvariants());
        z.nrs[1] = y.nrs[1];   // distinct outside, the same number inside x's namespace
        assertBroken(k, Invariant.PIDS_UNIQUE, "PID 2 in pid:[" + x.activePidns.inum + "] is held by both");
    }

    @Test
    void aStaleHolderIndex() {
        Kernel k = kernel();
        Task a = k.fork(orch(k));
        k.core.initPidNs.holders.remove(a.tid());
        assertBroken(k, Invariant.INDEXES, "is not the holder of PID 101");
    }

    @Test
    void aReusedContainerId() {
        Kernel k = kernel();
        int cfd = k.containerCreate(orch(k), "a", 0, 0, 0, 0);
        assertEquals(List.of(), k.checkInvariants());
        k.close(orch(k), cfd);   // never started: destroyed
        assertEquals(List.of(), k.checkInvariants());
        k.core.nextCtrId--;
        k.containerCreate(orch(k), "b", 0, 0, 0, 0);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "container id 1 reused: first held by ctr 1 'a', now by another ctr 1 'b'");
    }

    @Test
    void aReusedInodeNumber() {
        Kernel k = kernel();
        k.unshare(orch(k), Sim.NEWUTS);
        assertEquals(List.of(), k.checkInvariants());
        k.unshare(orch(k), Sim.NEWUTS);   // the first new uts namespace is destroyed
        assertEquals(List.of(), k.checkInvariants());
        k.core.nextInum -= 2;
        k.unshare(orch(k), Sim.NEWUTS);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "inum 4026532000 reused");
    }

    @Test
    void aSerialGapAndAClockGoingBack() {
        Kernel k = kernel();
        k.auditctl("-a always,exit -S getpid");
        k.getpid(orch(k));
        k.core.log.lastSerial++;
        k.getpid(orch(k));
        assertBroken(k, Invariant.AUDIT_SERIALS, "has serial 3 after 1");
        k.core.log.clockMs -= 10;
        assertBroken(k, Invariant.AUDIT_SERIALS, "the clock went back");
    }

    /** A kernel with sink c5 that has received task {@code t}'s registration as 5 (serial 1), checked clean. */
    private Kernel withSinkOf5(Task[] t) {
        Kernel k = kernel();
        t[0] = k.fork(orch(k));
        k.auditSinkCreate("c5", 5);
        k.contidWrite(orch(k), t[0], "5");
        assertEquals(List.of(), k.checkInvariants());
        return k;
    }

    @Test
    void aSinkWithAPartialEvent() {
        Kernel k = withSinkOf5(new Task[1]);
        k.core.log.sinks.get("c5").lines.add(k.hostTrace().get(0).replace(":1):", ":9):"));
        assertBroken(k, Invariant.SINKS, "has serial 9 after 1 (not a later event of the kernel's)");
    }

    @Test
    void aSinkWhoseEventDisagreesWithTheHost() {
        Task[] t = new Task[1];
        Kernel k = withSinkOf5(t);
        k.auditUserMsg(t[0], "hello");
        List<String> sink = k.core.log.sinks.get("c5").lines;
        sink.set(sink.size() - 1, sink.get(sink.size() - 1).replace("contid=5", "contid=6"));
        assertBroken(k, Invariant.SINKS, "its lines disagree with the host's lines of it");
    }

    @Test
    void aDescriptorCountOffByOne() {
        Kernel k = kernel();
        int fd = k.nsOpen(orch(k), orch(k), "net");
        orch(k).fds.entries.get(fd).file().refs++;
        assertBroken(k, Invariant.DESCRIPTOR_COUNTS, "refs 2, descriptor entries 1");
    }

    @Test
    void aStaleIndex() {
        Kernel k = kernel();
        Task t = k.fork(orch(k));
        k.core.initPidNs.activeTasks.remove(t.tid());
        assertBroken(k, Invariant.INDEXES, "live-task index is stale");
    }

    // ------------------------------------------------------------ filesystems (§1.7) and keys (§1.8)

    /** An fs context of type tmpfs with its superblock created, as OP-26 and OP-27 make it. */
    private static int createdContext(Kernel k) {
        int fs = k.setup().fsopen(orch(k), "tmpfs", -1, 0);
        k.setup().fsconfig(orch(k), fs, FsconfigCommand.CMD_CREATE.number(), null, null, 0);
        return fs;
    }

    @Test
    void aReusedMountId() {
        Kernel k = kernel();
        int fs = createdContext(k);
        k.setup().fsmount(orch(k), fs, 0, 0);   // mount 3 (1 and 2 are the boot mounts)
        assertEquals(List.of(), k.checkInvariants());
        k.core.fs.nextMountId--;
        k.setup().fsmount(orch(k), fs, 0, 0);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "mount id 3 reused: first held by mount 3, now by another mount 3");
    }

    @Test
    void aReusedSuperblockId() {
        Kernel k = kernel();
        createdContext(k);   // sb 3
        assertEquals(List.of(), k.checkInvariants());
        k.core.fs.nextSbId--;
        createdContext(k);
        assertBroken(k, Invariant.IDS_NEVER_REUSED, "superblock id 3 reused: first held by sb 3 tmpfs, now by another");
    }

    @Test
    void aMountInTwoTrees() {
        Kernel k = kernel();
        k.unshare(orch(k), Sim.NEWNS);   // orch's own mount namespace, a copy with mounts 3 and 4
        Mount root = k.core.init.nsproxy.get(NsKind.MNT).mounts.mounts().getFirst();
        orch(k).nsproxy.get(NsKind.MNT).mounts.add(root);
        assertBroken(k, Invariant.MOUNTS, "mount 1 is in the tree of mnt:[4026532000] but attached to mnt:[4026531840]");
        assertBroken(k, Invariant.MOUNTS, "mount 1 is in two trees");
    }

    @Test
    void anAttachedMountMissingFromItsTree() {
        Kernel k = kernel();
        int mfd = k.setup().fsmount(orch(k), createdContext(k), 0, 0);
        Mount m = ((OpenFile.MountFile) orch(k).fds.entries.get(mfd).file()).mount;
        m.mntns = k.core.init.nsproxy.get(NsKind.MNT);   // attached behind move_mount's back
        m.mountpoint = List.of("mnt");
        assertBroken(k, Invariant.MOUNTS, "mount 3 is attached to mnt:[4026531840] but not in its tree");
    }

    @Test
    void aDestroyedMountNamespaceThatKeepsItsMounts() {
        Kernel k = kernel();
        k.unshare(orch(k), Sim.NEWNS);   // mnt:[4026532000] with mounts 3 and 4
        int mfd = k.setup().fsmount(orch(k), createdContext(k), 0, 0);   // mount 5
        k.setup().moveMount(orch(k), mfd, "", (int) FileFlags.AT_FDCWD, "/mnt", MoveMountFlags.F_EMPTY_PATH);
        Namespace first = orch(k).nsproxy.get(NsKind.MNT);
        k.unshare(orch(k), Sim.NEWNS);   // the first one dies and discards its mounts; the fd keeps mount 5
        assertTrue(first.destroyed);
        assertEquals(List.of(), k.checkInvariants());
        first.mounts.add(((OpenFile.MountFile) orch(k).fds.entries.get(mfd).file()).mount);
        assertBroken(k, Invariant.MOUNTS, "mount 5 is attached to mnt:[4026532000], which is not live but still has");
    }

    @Test
    void aStartedContainerWithoutARoot() {
        Kernel k = kernel();
        k.forkIntoContainer(orch(k), k.containerCreate(orch(k), "c", 0, 0, 0, 0));
        k.core.containers.get(1L).root = null;
        assertBroken(k, Invariant.CONTAINER_ROOT, "ctr 1 has started with root null");
    }

    @Test
    void aReusedKeySerial() {
        Kernel k = kernel();
        k.keys().addKey(orch(k), "user", "a", "1", Keyctl.KEY_SPEC_SESSION_KEYRING);   // _ses 1000, a 1001
        assertEquals(List.of(), k.checkInvariants());
        k.core.keys.nextSerial--;
        k.keys().addKey(orch(k), "user", "b", "2", Keyctl.KEY_SPEC_SESSION_KEYRING);
        assertBroken(k, Invariant.IDS_NEVER_REUSED,
                "key serial 1001 reused: first held by user key 1001 \"a\", now by another user key 1001 \"b\"");
    }

    @Test
    void aKeyringLinkToAKeyTheTableDoesNotHave() {
        Kernel k = kernel();
        long ring = k.keys().addKey(orch(k), "keyring", "r", null, Keyctl.KEY_SPEC_SESSION_KEYRING);
        k.core.keys.lookup(ring).links.add(new Key(4242, Key.Type.USER, "ghost", "x"));
        assertBroken(k, Invariant.KEYS, "user key 4242 \"ghost\" is linked in keyring key 1001 \"r\" but is not the key"
                + " table's key 4242");
    }

    @Test
    void keyringSlotsThatNameNoKeyringOfTheTable() {
        Kernel k = kernel();
        int cfd = k.containerCreate(orch(k), "c", 0, 0, 0, 0);
        long key = k.keys().containerAddKey(orch(k), "user", "k", "v", cfd);   // .container 1000, k 1001
        k.core.containers.get(1L).keyring = k.core.keys.lookup(key);
        assertBroken(k, Invariant.KEYS, "the keyring of ctr 1 is user key 1001 \"k\", not a keyring");
        orch(k).sessionKeyring = new Key(7, Key.Type.KEYRING, "_ses", null);
        assertBroken(k, Invariant.KEYS, "keyring key 7 \"_ses\" is task 100's session keyring but is not the key table's");
    }

    @Test
    void aKeyQueueWithoutItsFile() {
        Kernel k = kernel(queueConfig());
        int fd = k.keys().keyqCreate(orch(k));
        orch(k).fds.entries.remove(fd);   // the file is gone, its queue stays registered
        assertBroken(k, Invariant.KEYS, "the key queue of user:[4026531837] is held by 0 key-queue files");
    }

    @Test
    void aSecondKeyQueueOnOneUserNamespace() {
        Kernel k = kernel(queueConfig());
        k.keys().keyqCreate(orch(k));
        Namespace userns = orch(k).cred.userns;
        k.core.getNs(userns);   // the second file's reference, so that only the queue is wrong
        orch(k).fds.install(new OpenFile.KeyqFile(new KeyQueue(userns)), false, Long.MAX_VALUE);
        assertBroken(k, Invariant.KEYS, "a key-queue file holds a queue of user:[4026531837] that is not the namespace's");
    }

    /** With checks after every operation the operation that broke an invariant fails as a bug, named. */
    @Test
    void everyOperationModeNamesTheInvariantAndTheOperation() {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        Task orch = k.startOrchestrator();
        k.close(orch, k.containerCreate(orch, "a", 0, 0, 0, 0));
        k.core.nextCtrId = 1;   // the next container reuses the id of the destroyed one
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> k.containerCreate(orch, "b", 0, 0, 0, 0));
        assertEquals(Invariant.IDS_NEVER_REUSED, e.invariant());
        assertEquals("containerCreate: container_create by task 100 (a0=0x0 a1=0x0 a2=0x0 a3=0x0)", e.operation());
        assertTrue(e.getMessage().contains("after containerCreate: container_create by task 100 (a0=0x0 a1=0x0 a2=0x0 a3=0x0):"
                + " §1.12.5 IDS_NEVER_REUSED: container id 1 reused"), e.getMessage());
        assertEquals(ScenarioResult.Status.INTERNAL_ERROR, Failures.classify(e), "a bug in cscript: exit 70");
    }

    /** Failed operations and the facade's non-event entry points are checked too. */
    @Test
    void failuresAndAdministrationAreCheckedToo() {
        Kernel k = new Kernel(KernelConfig.defaults(), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        Task orch = k.startOrchestrator();
        k.core.initUserNs.refs++;
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> k.close(orch, 42));
        assertTrue(e.operation().startsWith("close: close by task 100 (a0=0x2a"), e.operation());
        k.core.initUserNs.refs--;
        k.core.log.clockMs -= 5;
        e = assertThrows(InvariantViolation.class, () -> k.auditctl("-a always,exit -S getpid"));
        assertEquals("auditctl", e.operation());
        assertEquals(Invariant.AUDIT_SERIALS, e.invariant());
    }
}
