package org.cscript.kernel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cscript.abi.NsKind;

/**
 * Invariant 5 of kernel-model.md §1.12 for namespaces: a namespace exists iff its refs > 0,
 * refs equal the holders §1.2 lists (recounted), and inode numbers are never reused; plus the
 * per-namespace indexes the operations read instead of scanning (§0 package note: PID
 * namespaces' live tasks and children, net namespaces' contid counts, the registry entries
 * defined on each namespace). Part of {@link InvariantChecker}.
 */
final class NamespaceRefsCheck {
    private final KernelCore k;
    private final IdLedger<Namespace> inums = new IdLedger<>("inum");

    NamespaceRefsCheck(KernelCore k) {
        this.k = k;
    }

    void check(InvariantChecker.Scan s) {
        inums.begin(k.nextInum, s.out);
        Map<Namespace, Integer> holders = countHolders(s);
        for (var e : k.namespaces.entrySet()) {
            Namespace n = e.getValue();
            inums.observe(n.inum, n, s.out);
            int held = holders.getOrDefault(n, 0);
            if (n.destroyed || n.refs <= 0 || n.refs != held || e.getKey() != n.inum) {
                s.fail(Invariant.NAMESPACE_REFS, n + " refs " + n.refs + ", holders " + held
                        + (n.destroyed ? ", destroyed" : ""));
            }
        }
        for (Namespace n : holders.keySet()) {
            if (k.namespaces.get(n.inum) != n) {
                inums.observe(n.inum, n, s.out);
                s.fail(Invariant.NAMESPACE_REFS, n + " is held " + holders.get(n) + " times but does not exist");
            }
        }
        checkIndexes(s);
        checkInodes(s);
        inums.end();
    }

    /** The superblocks mounted in live mount namespaces number their entries' inodes uniquely (audit PATH records). */
    private void checkInodes(InvariantChecker.Scan s) {
        Map<Superblock, Boolean> seen = new IdentityHashMap<>();
        for (Namespace n : k.namespaces.values()) {
            if (n.kind != NsKind.MNT) {
                continue;
            }
            for (Mount m : n.mounts.mounts()) {
                String problem = seen.put(m.sb, true) == null ? m.sb.inodeProblem() : null;
                if (problem != null) {
                    s.fail(Invariant.IDS_NEVER_REUSED, problem);
                }
            }
        }
    }

    /** §1.2 References: one per holder. */
    private Map<Namespace, Integer> countHolders(InvariantChecker.Scan s) {
        Map<Namespace, Integer> refs = new IdentityHashMap<>();
        for (Task t : s.live) {
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
        for (OpenFile f : s.fileOrder) {
            switch (f) {
                case OpenFile.NsFile nf -> refs.merge(nf.ns, 1, Integer::sum);
                case OpenFile.SocketFile sf -> refs.merge(sf.net, 1, Integer::sum);
                case OpenFile.KeyqFile kf -> refs.merge(kf.queue.userns, 1, Integer::sum);
                case OpenFile.ContainerFile _, OpenFile.FsContextFile _, OpenFile.MountFile _,
                        OpenFile.RegularFile _ -> { }
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
        return refs;
    }

    /** The indexes operations use instead of scans match a recount from the live tasks and entries. */
    private void checkIndexes(InvariantChecker.Scan s) {
        Map<Namespace, TreeMap<Long, Task>> active = new IdentityHashMap<>();
        Map<Namespace, TreeMap<Long, Integer>> counts = new IdentityHashMap<>();
        for (Task t : s.live) {
            active.computeIfAbsent(t.activePidns, n -> new TreeMap<>()).put(t.tid, t);
            if (ContidRegistry.valid(t.contid)) {
                counts.computeIfAbsent(t.nsproxy.get(NsKind.NET), n -> new TreeMap<>(Long::compareUnsigned))
                        .merge(t.contid, 1, Integer::sum);
            }
        }
        Map<Namespace, List<ContidEntry>> defined = new IdentityHashMap<>();
        for (ContidEntry e : k.registry.entries.values()) {
            for (Namespace n : e.definition.values()) {
                defined.computeIfAbsent(n, x -> new ArrayList<>()).add(e);
            }
        }
        int childLinks = 0;
        int nested = 0;
        for (Namespace n : k.namespaces.values()) {
            if (n.kind == NsKind.PID && !n.activeTasks.equals(active.getOrDefault(n, new TreeMap<>()))) {
                s.fail(Invariant.INDEXES, n + " live-task index is stale");
            }
            if (n.kind == NsKind.NET && !n.contidCounts.equals(counts.getOrDefault(n, new TreeMap<>()))) {
                s.fail(Invariant.INDEXES, n + " contid counts " + n.contidCounts + ", recount " + counts.get(n));
            }
            List<ContidEntry> def = defined.getOrDefault(n, List.of());
            boolean same = def.size() == n.definedBy.size();
            for (ContidEntry e : def) {
                same &= n.definedBy.get(e.seq) == e;
            }
            if (!same) {
                s.fail(Invariant.INDEXES, n + " index of the registry entries defined on it is stale");
            }
            if (n.kind == NsKind.PID) {
                nested += n.parent != null ? 1 : 0;
                for (Namespace child : n.childPidns) {
                    childLinks++;
                    if (child.parent != n || k.namespaces.get(child.inum) != child) {
                        s.fail(Invariant.INDEXES, n + " lists " + child + " as a child PID namespace wrongly");
                    }
                }
            }
        }
        if (childLinks != nested) {
            s.fail(Invariant.INDEXES, childLinks + " child PID namespace links for " + nested + " nested PID namespaces");
        }
        for (Namespace n : active.keySet()) {
            if (k.namespaces.get(n.inum) != n) {
                s.fail(Invariant.NAMESPACE_REFS, "live tasks are in " + n + ", which does not exist");
            }
        }
    }
}
