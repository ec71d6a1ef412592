package org.cscript.kernel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cscript.abi.NsKind;

/**
 * The {@code task:<tid>} lines of {@link StateLines} and the keys of open files. A descriptor
 * table is named by the lowest tid sharing it, so two tasks that share one (threads) are told
 * apart from two that hold equal copies (fork) without an identity hash code.
 */
final class TaskLines {
    /** The lowest unreaped tid holding each table (identity keys; never iterated, so no hash order leaks out). */
    private final Map<FdTable, Long> tableNames = new IdentityHashMap<>();

    TaskLines(KernelCore k) {
        for (Task t : k.tasks.values()) {   // ascending tid: the first holder seen is the lowest
            if (t.fds != null) {
                tableNames.putIfAbsent(t.fds, t.tid);
            }
        }
    }

    /** One task: identity, credentials, audit identity, namespaces, numbers, paths, descriptors, container, keyrings. */
    String describe(Task t) {
        StringBuilder b = new StringBuilder();
        b.append("comm=").append(StateLines.quote(t.comm)).append(" exe=").append(StateLines.quote(t.exe));
        b.append(" state=").append(t.state()).append(" exit=").append(t.exitStatus);
        b.append(" parent=").append(tid(t.parent)).append(" leader=").append(t.leader.tid);
        if (t.threads != null) {
            b.append(" threads=").append(t.threads.keySet()).append(" children=").append(t.children.keySet());
        }
        b.append(" cred=").append(creds(t.cred));
        b.append(" loginuid=").append(t.loginuid).append(" sessionid=").append(t.sessionid);
        b.append(" contid=").append(Long.toUnsignedString(t.contid)).append(" capcontid=").append(t.capcontid);
        StringJoiner ns = new StringJoiner(",", "[", "]");
        for (var e : t.nsproxy.entrySet()) {
            ns.add(e.getKey().label() + ":" + e.getValue().inum);
        }
        b.append(" ns=").append(ns).append(" activepid=").append(t.activePidns.inum);
        b.append(" nrs=").append(java.util.Arrays.toString(t.nrs));
        b.append(" root=").append(StateLines.quote(t.root)).append(" cwd=").append(StateLines.quote(t.cwd));
        b.append(" fds=").append(fds(t.fds));
        b.append(" ctr=").append(t.container == null ? "-" : Long.toString(t.container.id));
        b.append(" keyrings=").append(serial(t.threadKeyring)).append('/').append(serial(t.processKeyring))
                .append('/').append(serial(t.sessionKeyring));
        return b.toString();
    }

    private String fds(FdTable table) {
        if (table == null) {
            return "-";
        }
        StringJoiner j = new StringJoiner(" ", "{", "}");
        for (var e : table.entries.entrySet()) {
            FdTable.Entry entry = e.getValue();
            j.add(e.getKey() + "=" + file(entry.file()) + (entry.cloexec() ? ",cloexec" : ""));
        }
        return "table@" + tableNames.get(table) + "/users=" + table.users + j;
    }

    /** A descriptor's file in a table: its key, with what the file holds beyond the object (sockets, regular files). */
    private static String file(OpenFile f) {
        return switch (f) {
            case OpenFile.SocketFile s -> "socket(" + s.domain + "," + s.type + "," + s.protocol + ")@" + key(f);
            case OpenFile.RegularFile r -> "file(" + StateLines.quote(r.path) + ")@" + key(f);
            default -> key(f);
        };
    }

    /**
     * The key of the object an open file reaches: its container, namespace, fs context, mount,
     * superblock (regular files) or request_key queue; a socket reaches its net namespace.
     */
    static String key(OpenFile f) {
        return switch (f) {
            case OpenFile.ContainerFile c -> "ctr:" + c.container.id;
            case OpenFile.NsFile n -> "ns:" + n.ns.inum;
            case OpenFile.FsContextFile c -> "fsctx:" + c.context.id;
            case OpenFile.MountFile m -> "mount:" + m.mount.id;
            case OpenFile.SocketFile s -> "ns:" + s.net.inum;
            case OpenFile.RegularFile r -> "sb:" + r.sb.id;
            case OpenFile.KeyqFile q -> "keyq:" + q.queue.userns.inum;
        };
    }

    static String creds(Creds c) {
        List<String> caps = new ArrayList<>();
        c.caps.forEach(cap -> caps.add(cap.name()));   // EnumSet: declaration order
        return c.uid + "," + c.euid + "," + c.suid + "," + c.fsuid + "/" + c.gid + "," + c.egid + "," + c.sgid + ","
                + c.fsgid + "@" + c.userns.inum + caps;
    }

    static String tid(Task t) {
        return t == null ? "-" : Long.toString(t.tid);
    }

    private static String serial(Key key) {
        return key == null ? "-" : Long.toString(key.serial);
    }

    /** The kinds a task lives in, for {@link StateLines#closureOfTask}: every kind's namespace and the active PID one. */
    static List<Namespace> namespaces(Task t) {
        List<Namespace> out = new ArrayList<>();
        for (NsKind kind : NsKind.values()) {
            if (t.nsOf(kind) != null) {
                out.add(t.nsOf(kind));
            }
        }
        out.add(t.activePidns);
        return out;
    }
}
