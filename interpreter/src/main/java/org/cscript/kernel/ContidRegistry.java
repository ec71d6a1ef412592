package org.cscript.kernel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;

/**
 * The audit container-ID registry (kernel-model.md §1.9): entries, the persistent parent map,
 * P10/P11 and entry destruction, chain(), and the net-namespace association counts.
 */
final class ContidRegistry {
    private final KernelCore k;
    /** Live entries by value (unsigned order, for deterministic checks). */
    final TreeMap<Long, ContidEntry> entries = new TreeMap<>(Long::compareUnsigned);
    /** contid_parent: last registration parent of every value ever registered (lookup only). */
    private final Map<Long, Long> contidParent = new HashMap<>();
    private long nextSeq;

    ContidRegistry(KernelCore k) {
        this.k = k;
    }

    static boolean valid(long v) {
        return v != Unset.U64;
    }

    ContidEntry entry(long v) {
        return entries.get(v);
    }

    /** P10: a new live task that inherited a valid contid joins its entry and net count. */
    void inherit(Task t) {
        if (valid(t.contid)) {
            entries.get(t.contid).tasks.put(t.tid, t);
        }
        netAdd(t);
    }

    /** P5 step 4: a dying task leaves its entry (its contid field stays). */
    void leave(Task t) {
        removeFromEntry(t);
    }

    /** P11 contid_assign, for a live task; the caller generated the describing record first. */
    void assign(Task t, long v, long parent) {
        netRemove(t);
        removeFromEntry(t);
        ContidEntry e = entries.get(v);
        if (e == null) {
            EnumMap<NsKind, Namespace> def = new EnumMap<>(NsKind.class);
            for (NsKind kind : NsKind.values()) {
                def.put(kind, t.activeNsOf(kind));
            }
            e = new ContidEntry(v, parent, t.tgid(), def, nextSeq++);
            entries.put(v, e);
            contidParent.put(v, parent);
            for (Namespace n : def.values()) {
                n.definedBy.put(e.seq, e);
            }
        }
        e.tasks.put(t.tid, t);
        t.contid = v;
        netAdd(t);
    }

    /** OP-16 lookup found nothing: the live task's contid becomes undefined. */
    void unset(Task t) {
        netRemove(t);
        removeFromEntry(t);
        t.contid = Unset.U64;
    }

    private void removeFromEntry(Task t) {
        if (!valid(t.contid)) {
            return;
        }
        ContidEntry e = entries.get(t.contid);
        if (e == null || e.tasks.remove(t.tid) == null || !e.tasks.isEmpty()) {
            return;
        }
        entries.remove(e.value);
        for (Namespace n : e.definition.values()) {
            n.definedBy.remove(e.seq);
        }
        k.gen(k.records.contidDestroyed(t.tgid(), e.value, format(e.value)));
    }

    /** contid_parent[v], or null if v was never registered (invariant checks). */
    Long recordedParent(long v) {
        return contidParent.get(v);
    }

    /** How many values were ever registered (invariant checks: bounds chain length). */
    int recordedValues() {
        return contidParent.size();
    }

    /** contid_parent in unsigned value order (a copy, for {@link StateLines}): it outlives the entries and shapes chains. */
    TreeMap<Long, Long> recordedParents() {
        TreeMap<Long, Long> out = new TreeMap<>(Long::compareUnsigned);
        out.putAll(contidParent);
        return out;
    }

    /** The registration seq the next new entry gets (invariant checks). */
    long nextSeq() {
        return nextSeq;
    }

    // ------------------------------------------------------------ net association (§1.9)

    void netAdd(Task t) {
        if (valid(t.contid)) {
            t.nsproxy.get(NsKind.NET).contidCounts.merge(t.contid, 1, Integer::sum);
        }
    }

    void netRemove(Task t) {
        if (valid(t.contid)) {
            Namespace n = t.nsproxy.get(NsKind.NET);
            n.contidCounts.computeIfPresent(t.contid, (v, c) -> c == 1 ? null : c - 1);
        }
    }

    /**
     * assoc(N) in ascending unsigned order. Under {@code contid.ladder = v11} only the IDs of the
     * tasks in N count: the v11 series keeps a list per network namespace of the contids of the
     * tasks in it, removing one when its tasks leave (upstream-audit.md, "Rules for writing
     * /proc/PID/audit_containerid", the netns list), so the seed's creator rule (§1.9) does not
     * apply.
     */
    TreeSet<Long> assoc(Namespace net) {
        TreeSet<Long> out = new TreeSet<>(Long::compareUnsigned);
        out.addAll(net.contidCounts.keySet());
        boolean v11 = k.knobs().ladder() == Knobs.Ladder.V11;
        if (!v11 && valid(net.creatorContid) && entries.containsKey(net.creatorContid)) {
            out.add(net.creatorContid);
        }
        return out;
    }

    // ------------------------------------------------------------ nesting

    /** descendant(v, c): c is in chain(v). */
    boolean inChain(long v, long c) {
        long cur = v;
        while (valid(cur)) {
            if (cur == c) {
                return true;
            }
            Long p = contidParent.get(cur);
            cur = p == null ? Unset.U64 : p;
        }
        return false;
    }

    /** The CONTAINER_INFO text of a valid value: leaf, or chain {@code V^P1^...}. */
    String format(long v) {
        if (k.knobs().contidFormat() == Knobs.ContidFormat.LEAF) {
            return Long.toUnsignedString(v);
        }
        String sep = k.knobs().contidFormat() == Knobs.ContidFormat.V11 ? ",^" : "^";
        StringBuilder sb = new StringBuilder(Long.toUnsignedString(v));
        Long p = contidParent.get(v);
        while (p != null && valid(p)) {
            sb.append(sep).append(Long.toUnsignedString(p));
            p = contidParent.get(p);
        }
        return sb.toString();
    }
}
