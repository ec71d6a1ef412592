package org.cscript.kernel;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.audit.AuditRuleException;

/**
 * The model's state as one line per object, for a stateless model checker (cscript explore):
 * comparing two descriptions tells which objects a step changed, which is what partial-order
 * reduction and outcome reports need. Every line is deterministic (tree orders, tids, ids and
 * inode numbers; never a hash order or an identity hash code) and leaves out what every event
 * changes whatever it does: the audit serial, the clock and the trace itself (the host's lines
 * and record count; a sink's line count is kept, it is who received what).
 *
 * <p>Keys: {@code task:<tid>} (every unreaped task), {@code ctr:<id>}, {@code ns:<inum>},
 * {@code contid:<v>} (registry entries), {@code sb:<id>}, {@code mount:<id>} (mounts held by a
 * descriptor), {@code fsctx:<id>}, {@code keyq:<userns inum>}, {@code sink:<name>}, and the
 * singletons {@code alloc:pid}, {@code alloc:inum}, {@code alloc:ctr}, {@code alloc:session},
 * {@code alloc:fs}, {@code alloc:contid}, {@code rules}, {@code knobs}, {@code keys},
 * {@code backlog}, {@code images}.
 *
 * <p>Summarised rather than described: a checkpoint image is immutable once taken, so
 * {@code images} names each by id and container; an open file's sharing (one file dup'ed, or two
 * opens of the same object) shows only through the counts it holds (a container's usage, a
 * namespace's refs); {@code knobs} is the resolved {@link Knobs} (boot-time values included,
 * which never change); the trace checker's bookkeeping of absent serials is left out.
 */
public final class StateLines {
    private StateLines() {
    }

    /** Every object of the model's state, key to one-line description, sorted by key. */
    public static SortedMap<String, String> describe(Kernel kernel) {
        KernelCore k = kernel.core;
        TreeMap<String, String> out = new TreeMap<>();
        TaskLines tasks = new TaskLines(k);
        TreeMap<Long, Superblock> superblocks = new TreeMap<>();
        for (Task t : k.tasks.values()) {
            out.put("task:" + t.tid, tasks.describe(t));
        }
        for (Container c : k.containers.values()) {
            out.put("ctr:" + c.id, ObjectLines.container(c));
        }
        for (Namespace n : k.namespaces.values()) {
            out.put("ns:" + n.inum, ObjectLines.namespace(n));
            if (n.mounts != null) {
                n.mounts.mounts().forEach(m -> superblocks.put(m.sb.id, m.sb));
            }
        }
        for (ContidEntry e : k.registry.entries.values()) {
            out.put("contid:" + Long.toUnsignedString(e.value), ObjectLines.contid(e));
        }
        describeFiles(k, out, superblocks);
        superblocks.forEach((id, sb) -> out.put("sb:" + id, ObjectLines.superblock(sb)));
        describeSingletons(k, out);
        return out;
    }

    /** What descriptors reach beyond tasks, containers and namespaces: fs contexts, mounts, superblocks, key queues. */
    private static void describeFiles(KernelCore k, TreeMap<String, String> out, TreeMap<Long, Superblock> sbs) {
        for (Task t : k.tasks.values()) {
            if (t.fds == null) {
                continue;
            }
            for (FdTable.Entry e : t.fds.entries.values()) {
                switch (e.file()) {
                    case OpenFile.FsContextFile f -> {
                        out.put("fsctx:" + f.context.id, ObjectLines.fsContext(f.context));
                        if (f.context.sb != null) {
                            sbs.put(f.context.sb.id, f.context.sb);
                        }
                    }
                    case OpenFile.MountFile f -> {
                        out.put("mount:" + f.mount.id, ObjectLines.mount(f.mount));
                        sbs.put(f.mount.sb.id, f.mount.sb);
                    }
                    case OpenFile.RegularFile f -> sbs.put(f.sb.id, f.sb);
                    default -> { }
                }
            }
        }
        k.keys.queues().forEach((inum, q) -> out.put("keyq:" + inum, "messages=" + List.copyOf(q.messages)));
    }

    private static void describeSingletons(KernelCore k, TreeMap<String, String> out) {
        StringJoiner pids = new StringJoiner(" ", "reuse=" + k.pids.reuse() + " ", "");
        for (Namespace n : k.namespaces.values()) {
            if (n.kind == org.cscript.abi.NsKind.PID) {
                pids.add(n.inum + ":next=" + n.nextNr + ",free=" + n.freeNrs);
            }
        }
        out.put("alloc:pid", pids.toString());
        out.put("alloc:inum", "next=" + k.nextInum);
        out.put("alloc:ctr", "next=" + k.nextCtrId);
        out.put("alloc:session", "next=" + k.nextSession);
        out.put("alloc:fs", "mount=" + k.fs.nextMountId + " sb=" + k.fs.nextSbId + " fsctx=" + k.fs.nextContextId);
        StringJoiner parents = new StringJoiner(",", "{", "}");
        k.registry.recordedParents().forEach((v, p) -> parents.add(Long.toUnsignedString(v) + "^"
                + Long.toUnsignedString(p)));
        out.put("alloc:contid", "seq=" + k.registry.nextSeq() + " parents=" + parents);
        out.put("rules", "enabled=" + k.knobs().auditEnabled() + " " + quote(listing(k)));
        out.put("knobs", k.knobs().toString());
        StringJoiner keys = new StringJoiner(" ", "next=" + k.keys.nextSerial + " {", "}");
        k.keys.all().forEach((serial, key) -> keys.add(serial + ":" + key.type.label() + ":" + quote(key.desc) + "="
                + (key.isKeyring() ? key.links.stream().map(x -> x.serial).toList() : quote(key.payload))));
        out.put("keys", keys.toString());
        for (AuditSink sink : k.log.sinks.values()) {
            out.put("sink:" + sink.name, "contid=" + Long.toUnsignedString(sink.contid) + " delivery=" + sink.delivery
                    + " lines=" + sink.lines.size() + " " + sink.queue.stateLine());
        }
        out.put("backlog", k.log.queue.stateLine() + " kernelLog=" + k.log.kernelLog.size());
        StringJoiner images = new StringJoiner(",", "[", "]");
        k.images.forEach((id, image) -> images.add(id + ":ctr" + image.ctr()));
        out.put("images", images.toString());
    }

    private static String listing(KernelCore k) {
        try {
            return k.rules.apply("-l").listing();
        } catch (AuditRuleException e) {
            throw new IllegalStateException("auditctl -l cannot fail", e);
        }
    }

    /**
     * The keys a step by task {@code t} reads by being {@code t}: itself, its thread-group leader,
     * its parent, its container, every namespace it lives in (the active PID namespace too), and
     * its contid's registry entry if the value is registered.
     */
    public static Set<String> closureOfTask(Kernel kernel, Task t) {
        TreeSet<String> out = new TreeSet<>();
        out.add("task:" + t.tid);
        out.add("task:" + t.leader.tid);
        if (t.leader.parent != null) {
            out.add("task:" + t.leader.parent.tid);
        }
        if (t.container != null) {
            out.add("ctr:" + t.container.id);
        }
        for (Namespace n : TaskLines.namespaces(t)) {
            out.add("ns:" + n.inum);
        }
        if (kernel.core.registry.entry(t.contid) != null) {
            out.add("contid:" + Long.toUnsignedString(t.contid));
        }
        return out;
    }

    /** The keys of the objects audit record lines name ({@link RecordKeys}); gone objects keep their keys. */
    public static Set<String> keysMentionedIn(Kernel kernel, List<String> recordLines) {
        return RecordKeys.of(recordLines);
    }

    /** A string as a line shows it: quoted, with backslash, quote and line breaks escaped; null is "-". */
    static String quote(String s) {
        if (s == null) {
            return "-";
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
