package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.abi.NsKind;

/**
 * A read-only picture of the model's tasks, container objects and namespaces at one moment, as
 * plain values (no reference into the model): what {@code cscript draw} shows. Everything is in
 * a fixed order (tids, container ids, inode numbers; namespace kinds in {@link NsKind} order), so
 * the same state gives the same snapshot, and {@link #encode}/{@link #decode} carry it as text
 * from the language to the host.
 *
 * @param booted false for a kernel that has not booted yet (no operation ran): no objects
 */
public record StateSnapshot(boolean booted, List<TaskNode> tasks, List<ContainerNode> containers,
        List<NamespaceNode> namespaces) {

    public StateSnapshot {
        tasks = List.copyOf(tasks);
        containers = List.copyOf(containers);
        namespaces = List.copyOf(namespaces);
    }

    /** The state of a kernel that has not booted. */
    public static final StateSnapshot NOT_BOOTED = new StateSnapshot(false, List.of(), List.of(), List.of());

    /**
     * One unreaped task. {@code pid} is its thread-group id and {@code ppid} its parent's, as the
     * initial PID namespace numbers them; {@code contid} is the raw u64 (-1 is unset);
     * {@code container} the id of its container object (0: the init container).
     */
    public record TaskNode(long tid, long pid, long ppid, String comm, String state, long container,
            String containerName, long contid, Map<String, Long> namespaces) {
        public TaskNode {
            namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
        }
    }

    /** One live container object: its parent's id (-1 for the init container), its init's tid (0: none yet). */
    public record ContainerNode(long id, String name, long parent, long init, boolean dead, List<Long> members,
            Map<String, Long> namespaces) {
        public ContainerNode {
            members = List.copyOf(members);
            namespaces = Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
        }
    }

    /** One live namespace: its kind label (mnt, uts, ...), its parent's inode number (0: none), its level. */
    public record NamespaceNode(long inum, String kind, long parent, int level) {
    }

    /** The state of {@code kernel} now; no event, no trace. */
    public static StateSnapshot of(Kernel kernel) {
        KernelCore k = kernel.core;
        List<TaskNode> tasks = new ArrayList<>();
        for (Task t : k.tasks.values()) {
            tasks.add(new TaskNode(t.tid, t.tgid(), t.ppid(), t.comm, t.state(), t.container.id, t.container.name,
                    t.contid, t.namespaceInodes()));
        }
        List<ContainerNode> containers = new ArrayList<>();
        for (Container c : k.containers.values()) {
            List<Long> members = new ArrayList<>();
            c.members.forEach(t -> members.add(t.tid));
            Map<String, Long> ns = new LinkedHashMap<>();
            for (NsKind kind : NsKind.values()) {
                Namespace n = c.nsOf(kind);
                if (n != null) {
                    ns.put(kind.label(), n.inum);
                }
            }
            containers.add(new ContainerNode(c.id, c.name, c.parent == null ? -1 : c.parent.id,
                    c.init == null ? 0 : c.init.tid, c.dead, members, ns));
        }
        List<NamespaceNode> namespaces = new ArrayList<>();
        for (Namespace n : k.namespaces.values()) {
            namespaces.add(new NamespaceNode(n.inum, n.kind.label(), n.parent == null ? 0 : n.parent.inum, n.level));
        }
        return new StateSnapshot(true, tasks, containers, namespaces);
    }

    /** The snapshot as lines of tab-separated fields (strings escaped), which {@link #decode} reads back. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        b.append(booted ? "booted" : "unbooted").append('\n');
        for (TaskNode t : tasks) {
            line(b, "task", t.tid, t.pid, t.ppid, t.comm, t.state, t.container, t.containerName, t.contid,
                    map(t.namespaces));
        }
        for (ContainerNode c : containers) {
            line(b, "ctr", c.id, c.name, c.parent, c.init, c.dead, joined(c.members), map(c.namespaces));
        }
        for (NamespaceNode n : namespaces) {
            line(b, "ns", n.inum, n.kind, n.parent, n.level);
        }
        return b.toString();
    }

    /** The snapshot {@link #encode} wrote; an IllegalArgumentException for any other text. */
    public static StateSnapshot decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !(lines[0].equals("booted") || lines[0].equals("unbooted"))) {
            throw new IllegalArgumentException("not an encoded state snapshot");
        }
        List<TaskNode> tasks = new ArrayList<>();
        List<ContainerNode> containers = new ArrayList<>();
        List<NamespaceNode> namespaces = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            for (int j = 0; j < f.length; j++) {
                f[j] = unescape(f[j]);
            }
            switch (f[0]) {
                case "task" -> tasks.add(new TaskNode(num(f[1]), num(f[2]), num(f[3]), text(f[4]), f[5], num(f[6]),
                        text(f[7]), num(f[8]), unmap(f[9])));
                case "ctr" -> containers.add(new ContainerNode(num(f[1]), text(f[2]), num(f[3]), num(f[4]),
                        Boolean.parseBoolean(f[5]), unjoin(f[6]), unmap(f[7])));
                case "ns" -> namespaces.add(new NamespaceNode(num(f[1]), f[2], num(f[3]), (int) num(f[4])));
                default -> throw new IllegalArgumentException("unknown snapshot line: " + lines[i]);
            }
        }
        return new StateSnapshot(lines[0].equals("booted"), tasks, containers, namespaces);
    }

    private static void line(StringBuilder b, String kind, Object... fields) {
        b.append(kind);
        for (Object field : fields) {
            b.append('\t').append(field == null ? "\\N" : escape(field.toString()));
        }
        b.append('\n');
    }

    private static String map(Map<String, Long> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }

    private static Map<String, Long> unmap(String s) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (!s.isEmpty()) {
            for (String part : s.split(",")) {
                int eq = part.indexOf('=');
                m.put(part.substring(0, eq), num(part.substring(eq + 1)));
            }
        }
        return m;
    }

    private static String joined(List<Long> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(Long.toString(v)));
        return String.join(",", parts);
    }

    private static List<Long> unjoin(String s) {
        List<Long> values = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String part : s.split(",")) {
                values.add(num(part));
            }
        }
        return values;
    }

    private static long num(String s) {
        return Long.parseLong(s);
    }

    static String text(String s) {
        return s.equals("\u0000null") ? null : s;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.equals("\\N")) {
            return "\u0000null";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
