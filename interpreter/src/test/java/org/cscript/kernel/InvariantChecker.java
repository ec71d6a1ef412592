package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscript.abi.NsKind;

/**
 * Recomputes the derived state of a kernel from scratch and compares it with the incremental
 * bookkeeping: the invariants of kernel-model.md §1.12 plus the model's own indexes. It scans
 * everything, which operations themselves must never do.
 */
final class InvariantChecker {
    private static final Pattern STAMP = Pattern.compile("msg=audit\\((\\d+)\\.(\\d{3}):(\\d+)\\)");

    private InvariantChecker() {
    }

    static void check(Kernel kernel) {
        KernelCore k = kernel.core;
        List<Task> live = new ArrayList<>();
        for (Task t : k.tasks.values()) {
            if (t.running()) {
                live.add(t);
            }
        }
        checkMembership(k, live);
        checkRegistry(k, live);
        checkContainers(k, live);
        checkNamespaceRefs(k, live);
        checkIndexes(k, live);
        checkTrace(kernel.hostTrace());
    }

    private static void fail(String msg) {
        throw new AssertionError("invariant violated: " + msg);
    }

    /** Invariant 1. */
    private static void checkMembership(KernelCore k, List<Task> live) {
        Map<Task, Integer> memberships = new IdentityHashMap<>();
        for (Container c : k.containers.values()) {
            for (Task m : c.members) {
                memberships.merge(m, 1, Integer::sum);
                if (!m.running()) {
                    fail(m + " is a member of ctr " + c.id + " but not running");
                }
            }
        }
        for (Task t : live) {
            if (memberships.getOrDefault(t, 0) != 1 || !t.container.members.contains(t)) {
                fail(t + " is not a member of exactly one container");
            }
            if (t.container != t.leader.container || t.contid != t.leader.contid) {
                fail(t + " differs from its leader in container or contid");
            }
            if (t.leader.running() != true) {
                fail(t + " runs while its leader does not");
            }
        }
    }

    /** Invariant 2. */
    private static void checkRegistry(KernelCore k, List<Task> live) {
        for (Task t : live) {
            if (ContidRegistry.valid(t.contid)) {
                ContidEntry e = k.registry.entry(t.contid);
                if (e == null || e.tasks.get(t.tid) != t) {
                    fail(t + " has contid " + Long.toUnsignedString(t.contid) + " but is not in its entry");
                }
            }
        }
        for (ContidEntry e : k.registry.entries.values()) {
            if (e.tasks.isEmpty()) {
                fail("empty registry entry " + Long.toUnsignedString(e.value));
            }
            for (Task t : e.tasks.values()) {
                if (!t.running() || t.contid != e.value) {
                    fail(t + " listed in entry " + Long.toUnsignedString(e.value) + " wrongly");
                }
            }
        }
    }

    /** Invariants 3 and 4. */
    private static void checkContainers(KernelCore k, List<Task> live) {
        Map<Container, Integer> fileRefs = new IdentityHashMap<>();
        for (OpenFile f : openFiles(live)) {
            if (f instanceof OpenFile.ContainerFile cf) {
                fileRefs.merge(cf.container, 1, Integer::sum);
            }
            if (f instanceof OpenFile.FsContextFile ff && ff.context.container != null) {
                fileRefs.merge(ff.context.container, 1, Integer::sum); // §1.6: a bound fs context
            }
        }
        for (Container c : k.containers.values()) {
            if (c.dead && c.init != null) {
                fail("dead ctr " + c.id + " has an init");
            }
            int expected = fileRefs.getOrDefault(c, 0) + c.members.size() + c.children.size()
                    + (c.isInitContainer() ? 1 : 0);
            if (c.usage != expected) {
                fail("ctr " + c.id + " usage " + c.usage + " != " + expected);
            }
            if (c.destroyed || c.usage <= 0) {
                fail("ctr " + c.id + " is listed but destroyed");
            }
            for (Container child : c.children) {
                if (child.parent != c || !k.containers.containsKey(child.id)) {
                    fail("ctr " + c.id + " has a bad child " + child.id);
                }
            }
        }
    }

    /** Distinct open files reachable from live tasks' descriptor tables. */
    private static List<OpenFile> openFiles(List<Task> live) {
        Map<FdTable, Boolean> tables = new IdentityHashMap<>();
        Map<OpenFile, Integer> entries = new IdentityHashMap<>();
        List<OpenFile> files = new ArrayList<>();
        for (Task t : live) {
            if (tables.put(t.fds, true) == null) {
                for (FdTable.Entry e : t.fds.entries.values()) {
                    if (entries.merge(e.file(), 1, Integer::sum) == 1) {
                        files.add(e.file());
                    }
                }
            }
        }
        for (OpenFile f : files) {
            if (f.refs != entries.get(f)) {
                fail("open file refs " + f.refs + " != descriptor entries " + entries.get(f));
            }
        }
        int users;
        for (FdTable table : tables.keySet()) {
            users = 0;
            for (Task t : live) {
                if (t.fds == table) {
                    users++;
                }
            }
            if (table.users != users) {
                fail("fd table users " + table.users + " != " + users);
            }
        }
        return files;
    }

    /** Invariant 5: refs equal the sum of the §1.2 reference sources; live iff refs > 0. */
    private static void checkNamespaceRefs(KernelCore k, List<Task> live) {
        Map<Namespace, Integer> refs = new IdentityHashMap<>();
        for (Task t : live) {
            for (Namespace n : t.nsproxy.values()) {
                refs.merge(n, 1, Integer::sum);
            }
            refs.merge(t.activePidns, 1, Integer::sum);
            refs.merge(t.cred.userns, 1, Integer::sum);
        }
        for (Container c : k.containers.values()) {
            for (NsKind kind : NsKind.values()) {
                refs.merge(c.nsOf(kind), 1, Integer::sum);
            }
        }
        for (OpenFile f : openFiles(live)) {
            if (f instanceof OpenFile.NsFile nf) {
                refs.merge(nf.ns, 1, Integer::sum);
            }
            if (f instanceof OpenFile.KeyqFile kf) {
                refs.merge(kf.queue.userns, 1, Integer::sum);   // §1.2: a key-queue file holds its user namespace
            }
            if (f instanceof OpenFile.SocketFile sf) {
                refs.merge(sf.net, 1, Integer::sum);
            }
        }
        for (Namespace n : k.namespaces.values()) {
            if (n.owner != null) {
                refs.merge(n.owner, 1, Integer::sum);
            }
            if (n.parent != null) {
                refs.merge(n.parent, 1, Integer::sum);
            }
        }
        for (Namespace n : k.namespaces.values()) {
            if (n.destroyed || n.refs <= 0 || n.refs != refs.getOrDefault(n, 0)) {
                fail(n + " refs " + n.refs + " != sources " + refs.getOrDefault(n, 0));
            }
        }
        for (Namespace n : refs.keySet()) {
            if (k.namespaces.get(n.inum) != n) {
                fail(n + " is referenced but not live");
            }
        }
    }

    /** The per-namespace indexes match a recount. */
    private static void checkIndexes(KernelCore k, List<Task> live) {
        Map<Namespace, TreeMap<Long, Task>> active = new HashMap<>();
        Map<Namespace, TreeMap<Long, Integer>> counts = new HashMap<>();
        for (Task t : live) {
            active.computeIfAbsent(t.activePidns, n -> new TreeMap<>()).put(t.tid, t);
            if (ContidRegistry.valid(t.contid)) {
                counts.computeIfAbsent(t.nsproxy.get(NsKind.NET), n -> new TreeMap<>(Long::compareUnsigned))
                        .merge(t.contid, 1, Integer::sum);
            }
        }
        for (Namespace n : k.namespaces.values()) {
            if (n.kind == NsKind.PID && !n.activeTasks.equals(active.getOrDefault(n, new TreeMap<>()))) {
                fail(n + " active task index is stale");
            }
            if (n.kind == NsKind.NET && !n.contidCounts.equals(counts.getOrDefault(n, new TreeMap<>()))) {
                fail(n + " contid counts are stale: " + n.contidCounts + " vs " + counts.get(n));
            }
        }
        for (ContidEntry e : k.registry.entries.values()) {
            EnumMap<NsKind, Namespace> def = e.definition;
            for (Namespace n : def.values()) {
                if (n.definedBy.get(e.seq) != e) {
                    fail("definition index misses entry " + Long.toUnsignedString(e.value));
                }
            }
        }
    }

    /** Invariant 6. */
    static void checkTrace(List<String> lines) {
        long lastSerial = -1;
        long lastClock = -1;
        for (String line : lines) {
            Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                fail("unstamped line " + line);
            }
            long clock = Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2));
            long serial = Long.parseLong(m.group(3));
            if (lastSerial >= 0 && serial != lastSerial && serial != lastSerial + 1) {
                fail("serial jumps from " + lastSerial + " to " + serial);
            }
            if (serial == lastSerial && clock != lastClock) {
                fail("one event with two timestamps at serial " + serial);
            }
            if (clock < lastClock) {
                fail("clock goes back at serial " + serial);
            }
            lastSerial = serial;
            lastClock = clock;
        }
    }
}
