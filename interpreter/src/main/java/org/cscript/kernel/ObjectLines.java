package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The lines of {@link StateLines} for the objects other than tasks: containers, namespaces (a
 * mount namespace with its mount tree), registry entries, and what descriptors reach beyond
 * them (superblocks, detached mounts, fs contexts). Tasks and objects are named by tid, id or
 * inode number only, so a line never depends on identity hash codes.
 */
final class ObjectLines {
    private ObjectLines() {
    }

    static String container(Container c) {
        StringBuilder b = new StringBuilder();
        b.append("name=").append(StateLines.quote(c.name)).append(" flags=").append(c.flags);
        b.append(" usage=").append(c.usage).append(" initStarted=").append(c.initStarted);
        b.append(" dead=").append(c.dead).append(" killOnClose=").append(c.killOnClose);
        b.append(" exit=").append(c.exitCode).append(" init=").append(TaskLines.tid(c.init));
        b.append(" parent=").append(c.parent == null ? "-" : Long.toString(c.parent.id));
        List<Long> children = new ArrayList<>();
        c.children.forEach(x -> children.add(x.id));
        List<Long> members = new ArrayList<>();
        c.members.forEach(t -> members.add(t.tid));
        b.append(" children=").append(children).append(" members=").append(members);
        b.append(" cred=").append(TaskLines.creds(c.cred));
        StringJoiner ns = new StringJoiner(",", "[", "]");
        c.ns.forEach((kind, n) -> ns.add(kind.label() + ":" + n.inum));
        b.append(" ns=").append(ns).append(" root=").append(StateLines.quote(c.root));
        b.append(" devices=").append(c.devices == null ? "-" : c.devices.toString());
        b.append(" supervisor=").append(TaskLines.tid(c.supervisor)).append(new TreeSet<>(c.supervisedOps));
        b.append(" policy=").append(c.policy == null ? "-" : c.policy.label() + c.policy.denied());
        b.append(" sealed=").append(c.sealed).append(" destroyed=").append(c.destroyed);
        b.append(" keyring=").append(c.keyring == null ? "-" : Long.toString(c.keyring.serial));
        return b.toString();
    }

    static String namespace(Namespace n) {
        StringBuilder b = new StringBuilder();
        b.append("kind=").append(n.kind.label()).append(" owner=").append(inum(n.owner));
        b.append(" parent=").append(inum(n.parent)).append(" level=").append(n.level);
        b.append(" ownerIds=").append(n.ownerUid).append(':').append(n.ownerGid);
        b.append(" refs=").append(n.refs).append(" destroyed=").append(n.destroyed);
        switch (n.kind) {
            case PID -> {
                b.append(" dying=").append(n.dying).append(" nextNr=").append(n.nextNr);
                b.append(" free=").append(n.freeNrs).append(" holders=").append(tids(n.holders));
                b.append(" active=").append(n.activeTasks.keySet()).append(" reaper=").append(TaskLines.tid(n.reaper));
                List<Long> children = new ArrayList<>();
                n.childPidns.forEach(x -> children.add(x.inum));
                b.append(" childPidns=").append(children);
            }
            case NET -> {
                b.append(" creatorContid=").append(Long.toUnsignedString(n.creatorContid));
                StringJoiner counts = new StringJoiner(",", "{", "}");
                n.contidCounts.forEach((v, count) -> counts.add(Long.toUnsignedString(v) + "=" + count));
                b.append(" contidCounts=").append(counts);
            }
            case USER -> b.append(" uidMap=").append(map(n.uidMap)).append(" gidMap=").append(map(n.gidMap));
            case MNT -> b.append(" mounts=").append(mounts(n.mounts));
            default -> { }
        }
        StringJoiner defined = new StringJoiner(",", "[", "]");
        n.definedBy.forEach((seq, e) -> defined.add(seq + ":" + Long.toUnsignedString(e.value)));
        return b.append(" definedBy=").append(defined).toString();
    }

    static String contid(ContidEntry e) {
        StringJoiner def = new StringJoiner(",", "[", "]");
        e.definition.forEach((kind, n) -> def.add(kind.label() + ":" + n.inum));
        return "parent=" + Long.toUnsignedString(e.parent) + " firstPid=" + e.firstPid + " seq=" + e.seq + " owner="
                + TaskLines.tid(e.owner) + " tasks=" + e.tasks.keySet() + " definition=" + def;
    }

    /** A superblock: its identity, and every entry with its inode (entries are only ever added). */
    static String superblock(Superblock sb) {
        StringJoiner entries = new StringJoiner(" ", "{", "}");
        sb.tree.forEach((key, e) -> {
            Superblock.Inode inode = sb.inode(key);
            entries.add(StateLines.quote(key) + "=" + e.type().label() + "/" + Long.toOctalString(e.mode()) + "/"
                    + e.major() + ":" + e.minor() + "#" + inode.number() + "/" + inode.uid() + ":" + inode.gid());
        });
        return "type=" + sb.type.label() + " source=" + StateLines.quote(sb.source) + " options=" + sb.options
                + " entries=" + entries;
    }

    /** A mount a descriptor holds: where it is attached (or "detached"), its superblock and subpath. */
    static String mount(Mount m) {
        String where = m.detached() ? "detached" : "ns:" + m.mntns.inum + "@" + Paths.absolute(m.mountpoint);
        return "sb=" + m.sb.id + " subpath=" + StateLines.quote(m.subpath) + " at=" + where;
    }

    static String fsContext(FsContext c) {
        return "type=" + c.type.label() + " ctr=" + (c.container == null ? "-" : Long.toString(c.container.id))
                + " params=" + c.params + " options=" + c.options + " sb=" + (c.sb == null ? "-" : Long.toString(c.sb.id));
    }

    /** Mounts in their tree's order (the order resolution sees them in): id, superblock, subpath, mountpoint. */
    private static String mounts(MountTree tree) {
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Mount m : tree.mounts()) {
            j.add(m.id + ":sb" + m.sb.id + ":" + StateLines.quote(m.subpath) + "@" + Paths.absolute(m.mountpoint));
        }
        return j.toString();
    }

    private static String tids(java.util.Map<Long, Task> byNr) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        byNr.forEach((nr, t) -> j.add(nr + "=" + t.tid));
        return j.toString();
    }

    private static String map(IdMap m) {
        return m == null ? "-" : m == IdMap.IDENTITY ? "identity" : StateLines.quote(m.text);
    }

    private static String inum(Namespace n) {
        return n == null ? "-" : Long.toString(n.inum);
    }
}
