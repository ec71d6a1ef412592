package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invariants of kernel-model.md §1.12 ({@link Invariant}) by recounting what the
 * operations keep incrementally. It scans the live state (operations never do), so a check
 * costs time linear in the live tasks, containers, namespaces, descriptors, mounts, keys and the
 * new trace lines, never quadratic; reaped tasks are not visited again. The filesystem and key
 * state have checks of their own ({@link MountStateCheck}, {@link KeyStateCheck}), as the
 * namespaces do ({@link NamespaceRefsCheck}). It remembers what it saw at the
 * previous check, which is what "never reused", "never gains members" and "never goes back"
 * need: one checker per kernel, taking its baseline at boot.
 */
final class InvariantChecker {
    private final KernelCore k;
    private final AuditTraceChecker trace;
    private final NamespaceRefsCheck namespaces;
    private final MountStateCheck mounts;
    private final KeyStateCheck keys;
    private final PidNumbersCheck pidNumbers;
    private final IdLedger<Task> tids = new IdLedger<>("tid");
    private final IdLedger<Container> containerIds = new IdLedger<>("container id");
    /** Tasks not reaped at the last check, ascending tid; under pid.reuse = never, tasks created since are the table's tail. */
    private List<Task> unreaped = List.of();
    private long maxTid;
    /** The members of each DEAD container at the last check (§1.12.3: it never gains members). */
    private Map<Container, Set<Task>> deadMembers = new IdentityHashMap<>();
    /** Registry entries at the last check by registration seq; seq is never reused. */
    private Map<Long, ContidEntry> entries = Map.of();
    private long maxSeq = -1;
    private boolean baseline = true;

    InvariantChecker(KernelCore k) {
        this.k = k;
        this.trace = new AuditTraceChecker(k);
        this.namespaces = new NamespaceRefsCheck(k);
        this.mounts = new MountStateCheck(k);
        this.keys = new KeyStateCheck(k);
        this.pidNumbers = new PidNumbersCheck(k);
    }

    /** The trace invariants need the host events: see {@link AuditTraceChecker#listen}. */
    void checkTrace() {
        trace.listen();
    }

    /** The state one check builds: the live tasks and who holds what. */
    static final class Scan {
        final List<Violation> out = new ArrayList<>();
        /** Running tasks, ascending tid. */
        final List<Task> live = new ArrayList<>();
        final Set<Task> liveSet = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Distinct open files of live tasks' tables, in discovery order, with their descriptor entries. */
        final Map<OpenFile, Integer> files = new IdentityHashMap<>();
        final List<OpenFile> fileOrder = new ArrayList<>();

        void fail(Invariant inv, String detail) {
            out.add(new Violation(inv, detail));
        }
    }

    /** Every broken invariant, in a fixed order; empty if all hold. */
    List<Violation> check() {
        Scan s = new Scan();
        tids.begin(k.initPidNs.nextNr, s.out);
        containerIds.begin(k.nextCtrId, s.out);
        collectTasks(s);
        checkMembership(s);
        checkRegistry(s);
        checkDescriptors(s);
        checkContainers(s);
        namespaces.check(s);
        mounts.check(s);
        keys.check(s);
        checkTaskTree(s);
        trace.check(s.out);
        tids.end();
        containerIds.end();
        baseline = false;
        return s.out;
    }

    // ------------------------------------------------------------ tasks and PIDs

    private void collectTasks(Scan s) {
        List<Task> stillThere = new ArrayList<>();
        boolean reuse = k.pids.reuse();
        Set<Task> known = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Task> candidates = new ArrayList<>();
        if (reuse) {   // a reused tid puts a new task anywhere in the table, not only at its tail
            known.addAll(unreaped);
            candidates.addAll(k.tasks.values());
            unreaped.stream().filter(t -> k.tasks.get(t.tid) != t).forEach(candidates::add);
        } else {
            candidates.addAll(unreaped);
            candidates.addAll(k.tasks.tailMap(maxTid, false).values());
        }
        for (Task t : candidates) {
            if (reuse ? !known.contains(t) : t.tid > maxTid && tids.observe(t.tid, t, s.out)) {
                pidNumbers.checkNew(s, t, baseline);
            }
            // the table holds exactly the tasks not yet reaped
            if (t.state != Task.State.REAPED && k.tasks.get(t.tid) != t) {
                s.fail(Invariant.INDEXES, t + " is not the task table's entry for its tid");
            }
            if (t.state == Task.State.REAPED && k.tasks.get(t.tid) == t) {
                s.fail(Invariant.INDEXES, t + " is reaped but still in the task table");
            }
            if (t.state != Task.State.REAPED) {
                stillThere.add(t);
            }
            if (t.running()) {
                s.live.add(t);
                s.liveSet.add(t);
            }
        }
        unreaped = stillThere;
        pidNumbers.check(s, stillThere);
        maxTid = Math.max(maxTid, k.tasks.isEmpty() ? 0 : k.tasks.lastKey());   // reaped tasks leave the table
    }

    /** A running task reached through the model's structures must be one the task table knows. */
    private void requireKnown(Scan s, Task t, String via) {
        if (!t.running()) {
            s.fail(Invariant.MEMBERSHIP, t + " is " + t.state() + " but still " + via);
        } else if (!s.liveSet.contains(t)) {
            if (!k.pids.reuse()) {
                tids.observe(t.tid, t, s.out);
            }
            s.fail(Invariant.INDEXES, t + " is " + via + " but not in the task table");
        }
    }

    // ------------------------------------------------------------ invariant 1

    private void checkMembership(Scan s) {
        Map<Task, Integer> memberships = new IdentityHashMap<>();
        for (Container c : k.containers.values()) {
            for (Task m : c.members) {
                memberships.merge(m, 1, Integer::sum);
                requireKnown(s, m, "a member of ctr " + c.id);
            }
        }
        for (Task t : s.live) {
            if (memberships.getOrDefault(t, 0) != 1 || !t.container.members.contains(t)) {
                s.fail(Invariant.MEMBERSHIP, t + " is a member of " + memberships.getOrDefault(t, 0)
                        + " live containers (its own: ctr " + t.container.id + ")");
            }
            if (!t.leader.running() || t.container != t.leader.container || t.contid != t.leader.contid) {
                s.fail(Invariant.MEMBERSHIP, t + " differs from its leader " + t.leader + " in state, container or contid");
            }
            if (t.container.destroyed || k.containers.get(t.container.id) != t.container) {
                s.fail(Invariant.CONTAINER_USAGE, t + " is a member of destroyed ctr " + t.container.id);
            }
        }
    }

    // ------------------------------------------------------------ invariant 2

    private void checkRegistry(Scan s) {
        ContidRegistry r = k.registry;
        for (Task t : s.live) {
            if (ContidRegistry.valid(t.contid)) {
                ContidEntry e = r.entry(t.contid);
                if (e == null || e.tasks.get(t.tid) != t) {
                    s.fail(Invariant.REGISTRY, t + " has contid " + Long.toUnsignedString(t.contid)
                            + " but is not in its entry");
                }
            }
        }
        Map<Long, ContidEntry> now = new HashMap<>();
        long seqBefore = maxSeq;
        for (var me : r.entries.entrySet()) {
            ContidEntry e = me.getValue();
            String v = Long.toUnsignedString(e.value);
            if (me.getKey() != e.value || e.tasks.isEmpty()) {
                s.fail(Invariant.REGISTRY, "entry " + v + " is empty or filed under another value");
            }
            for (Task t : e.tasks.values()) {
                requireKnown(s, t, "listed in registry entry " + v);
                if (t.contid != e.value) {
                    s.fail(Invariant.REGISTRY, t + " is listed in entry " + v + " but has contid "
                            + Long.toUnsignedString(t.contid));
                }
            }
            Long recorded = r.recordedParent(e.value);
            if (recorded == null || recorded != e.parent) {
                s.fail(Invariant.REGISTRY, "contid_parent[" + v + "] is " + recorded + ", its live entry's parent "
                        + Long.toUnsignedString(e.parent));
            }
            if (chainLength(r, e.value) < 0) {
                s.fail(Invariant.REGISTRY, "chain(" + v + ") never ends: a value is its own ancestor");
            }
            boolean old = entries.get(e.seq) == e;
            if (!old && (e.seq <= seqBefore || e.seq >= r.nextSeq()) || now.put(e.seq, e) != null) {
                s.fail(Invariant.IDS_NEVER_REUSED, "registration seq " + e.seq + " of entry " + v + " reused");
            }
            maxSeq = Math.max(maxSeq, e.seq);
        }
        entries = now;
    }

    /** The number of links of chain(v), or -1 if it loops (OP-46 check 10 forbids that). */
    private static int chainLength(ContidRegistry r, long v) {
        int bound = r.recordedValues() + 1;
        int n = 0;
        for (Long cur = v; cur != null && ContidRegistry.valid(cur); cur = r.recordedParent(cur)) {
            if (++n > bound) {
                return -1;
            }
        }
        return n;
    }

    // ------------------------------------------------------------ §1.5 descriptors

    private void checkDescriptors(Scan s) {
        Map<FdTable, Integer> users = new IdentityHashMap<>();
        for (Task t : s.live) {
            if (users.merge(t.fds, 1, Integer::sum) == 1) {
                for (FdTable.Entry e : t.fds.entries.values()) {
                    if (s.files.merge(e.file(), 1, Integer::sum) == 1) {
                        s.fileOrder.add(e.file());
                    }
                }
            }
        }
        for (var e : users.entrySet()) {
            if (e.getKey().users != e.getValue()) {
                s.fail(Invariant.DESCRIPTOR_COUNTS, "fd table users " + e.getKey().users + ", used by " + e.getValue()
                        + " tasks");
            }
        }
        for (OpenFile f : s.fileOrder) {
            if (f.refs != s.files.get(f)) {
                s.fail(Invariant.DESCRIPTOR_COUNTS, f.view() + " refs " + f.refs + ", descriptor entries " + s.files.get(f));
            }
        }
    }

    // ------------------------------------------------------------ invariants 3 and 4

    private void checkContainers(Scan s) {
        Map<Container, Integer> files = new IdentityHashMap<>();
        for (OpenFile f : s.fileOrder) {
            switch (f) {
                case OpenFile.ContainerFile cf -> files.merge(cf.container, 1, Integer::sum);
                // §1.6: an fs context bound to a container holds a usage reference until released
                case OpenFile.FsContextFile ff when ff.context.container != null ->
                        files.merge(ff.context.container, 1, Integer::sum);
                case OpenFile.NsFile _, OpenFile.FsContextFile _, OpenFile.MountFile _, OpenFile.SocketFile _,
                        OpenFile.RegularFile _, OpenFile.KeyqFile _ -> { }
            }
        }
        for (Container c : files.keySet()) {
            containerIds.observe(c.id, c, s.out);
            if (c.destroyed || k.containers.get(c.id) != c) {
                s.fail(Invariant.CONTAINER_USAGE, "an open file holds destroyed ctr " + c.id);
            }
        }
        int children = 0;
        Set<Container> seenChildren = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Container, Set<Task>> dead = new IdentityHashMap<>();
        for (var e : k.containers.entrySet()) {
            Container c = e.getValue();
            containerIds.observe(c.id, c, s.out);
            int expected = files.getOrDefault(c, 0) + c.members.size() + c.children.size() + (c.isInitContainer() ? 1 : 0);
            if (c.usage != expected || c.destroyed || e.getKey() != c.id) {
                s.fail(Invariant.CONTAINER_USAGE, "ctr " + c.id + " usage " + c.usage + ", sources " + expected + " ("
                        + files.getOrDefault(c, 0) + " file(s), " + c.members.size() + " members, " + c.children.size()
                        + " children" + (c.isInitContainer() ? ", 1 static" : "") + ")" + (c.destroyed ? ", destroyed" : ""));
            }
            for (Container child : c.children) {
                children++;
                if (child.parent != c || k.containers.get(child.id) != child || !seenChildren.add(child)) {
                    s.fail(Invariant.CONTAINER_USAGE, "ctr " + c.id + " lists ctr " + child.id + " as a child wrongly");
                }
            }
            checkLifecycle(s, c, dead);
        }
        if (children != k.containers.size() - 1) {
            s.fail(Invariant.CONTAINER_USAGE, children + " child links for " + (k.containers.size() - 1)
                    + " non-init containers");
        }
        for (Container c : deadMembers.keySet()) {
            if (!c.destroyed && !c.dead) {
                s.fail(Invariant.DEAD_CONTAINER, "ctr " + c.id + " was DEAD and is not any more");
            }
        }
        deadMembers = dead;
    }

    /** §1.6 lifecycle: created, running (init set), dead (no init, no new members). */
    private void checkLifecycle(Scan s, Container c, Map<Container, Set<Task>> dead) {
        if (c.init != null && (c.dead || !c.initStarted || c.init.container != c || !c.members.contains(c.init))) {
            s.fail(c.dead ? Invariant.DEAD_CONTAINER : Invariant.MEMBERSHIP, "ctr " + c.id + " has init " + c.init
                    + (c.dead ? " although DEAD" : " that is not a member, or was never started"));
        }
        if (c.dead && !c.initStarted) {
            s.fail(Invariant.DEAD_CONTAINER, "ctr " + c.id + " is DEAD but never started");
        }
        if (!c.dead) {
            return;
        }
        Set<Task> before = deadMembers.get(c);
        if (before != null) {
            for (Task m : c.members) {
                if (!before.contains(m)) {
                    s.fail(Invariant.DEAD_CONTAINER, "DEAD ctr " + c.id + " gained member " + m);
                }
            }
        }
        Set<Task> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(c.members);
        dead.put(c, members);
    }

    // ------------------------------------------------------------ task tree

    /** Leaders' thread maps hold exactly their live threads; child maps exactly the unreaped children. */
    private void checkTaskTree(Scan s) {
        int threads = 0;
        int children = 0;
        int leaders = 0;
        for (Task t : unreaped) {
            if (t.leader != t) {
                continue;
            }
            leaders++;
            for (Task y : t.threads.values()) {
                threads++;
                if (y.leader != t) {
                    s.fail(Invariant.INDEXES, t + " lists thread " + y + " of another group");
                }
                requireKnown(s, y, "a thread of " + t);
            }
            for (Task c : t.children.values()) {
                children++;
                if (c.parent != t || c.leader != c || c.state == Task.State.REAPED) {
                    s.fail(Invariant.INDEXES, t + " lists " + c + " (" + c.state() + ") as a child wrongly");
                }
            }
            if (t.parent != null && t.parent.children.get(t.tid) != t) {
                s.fail(Invariant.INDEXES, t + " (" + t.state() + ") is missing from its parent's children");
            }
        }
        if (threads != s.live.size()) {
            s.fail(Invariant.INDEXES, threads + " thread-map entries for " + s.live.size() + " live tasks");
        }
        if (children != leaders - 1) {
            s.fail(Invariant.INDEXES, children + " child-map entries for " + (leaders - 1)
                    + " unreaped processes besides task 1");
        }
    }
}
