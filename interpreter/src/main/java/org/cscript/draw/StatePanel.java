package org.cscript.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;
import org.cscript.kernel.StateSnapshot;
import org.cscript.kernel.StateSnapshot.ContainerNode;
import org.cscript.kernel.StateSnapshot.TaskNode;

/**
 * The state half of a picture: the task tree (one row per task, children under their parent,
 * threads under their leader), beside it one column per namespace kind with the inode number of
 * each task's namespace (one fill per namespace, so tasks that share one show the same colour),
 * and below it the container objects, each with the fill its member tasks have.
 */
final class StatePanel {
    static final int ROW = 40;
    private static final int INDENT = 22;
    private static final int BOX_W = 250;
    private static final int NS_W = 92;
    private static final int CTR_W = 300;
    private static final int CTR_H = 84;
    private static final int HEADER = 30;

    private final StateSnapshot state;
    private final List<TaskNode> order = new ArrayList<>();
    private final Map<Long, Integer> depth = new HashMap<>();
    private final List<String> kinds = new ArrayList<>();
    /** Per namespace kind: inode number to its rank among that kind's inodes (0: the lowest, the boot one). */
    private final Map<String, Map<Long, Integer>> nsRank = new HashMap<>();
    private final Map<Long, Integer> ctrRank = new HashMap<>();
    private final int treeWidth;
    private final int width;

    StatePanel(StateSnapshot state, int minWidth) {
        this.state = state;
        layOutTree();
        int deepest = 0;
        for (int d : depth.values()) {
            deepest = Math.max(deepest, d);
        }
        treeWidth = 20 + deepest * INDENT + BOX_W + 16;
        rankNamespaces();
        int ranked = 0;
        for (ContainerNode c : state.containers()) {
            ctrRank.put(c.id(), ranked++);
        }
        width = Math.max(minWidth, treeWidth + kinds.size() * NS_W + 20);
    }

    int width() {
        return width;
    }

    private int containerColumns() {
        return Math.max(1, (width - 20) / (CTR_W + 12));
    }

    int height() {
        if (!state.booted()) {
            return HEADER + 30;
        }
        int ctrRows = (state.containers().size() + containerColumns() - 1) / containerColumns();
        return HEADER + order.size() * ROW + 16 + HEADER + ctrRows * (CTR_H + 12) + 8;
    }

    /** Tasks in tree order: each after its parent (a thread after its leader), siblings by tid. */
    private void layOutTree() {
        TreeMap<Long, TaskNode> byTid = new TreeMap<>();
        state.tasks().forEach(t -> byTid.put(t.tid(), t));
        TreeMap<Long, List<TaskNode>> children = new TreeMap<>();
        List<TaskNode> roots = new ArrayList<>();
        for (TaskNode t : byTid.values()) {
            long parent = t.tid() != t.pid() ? t.pid() : t.ppid();
            if (byTid.containsKey(parent) && parent != t.tid()) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(t);
            } else {
                roots.add(t);
            }
        }
        for (TaskNode root : roots) {
            visit(root, 0, children);
        }
    }

    private void visit(TaskNode t, int d, TreeMap<Long, List<TaskNode>> children) {
        order.add(t);
        depth.put(t.tid(), d);
        for (TaskNode child : children.getOrDefault(t.tid(), List.of())) {
            visit(child, d + 1, children);
        }
    }

    private void rankNamespaces() {
        Map<String, TreeSet<Long>> inodes = new LinkedHashMap<>();
        for (NsKind kind : NsKind.values()) {
            inodes.put(kind.label(), new TreeSet<>());
        }
        state.namespaces().forEach(n -> inodes.computeIfAbsent(n.kind(), k -> new TreeSet<>()).add(n.inum()));
        state.tasks().forEach(t -> t.namespaces().forEach((k, v) -> inodes.computeIfAbsent(k, x -> new TreeSet<>()).add(v)));
        state.containers().forEach(c -> c.namespaces().forEach((k, v) -> inodes.computeIfAbsent(k, x -> new TreeSet<>()).add(v)));
        inodes.forEach((kind, set) -> {
            boolean used = state.tasks().stream().anyMatch(t -> t.namespaces().containsKey(kind));
            if (used) {
                kinds.add(kind);
            }
            Map<Long, Integer> rank = new HashMap<>();
            int r = 0;
            for (long inum : set) {
                rank.put(inum, r++);
            }
            nsRank.put(kind, rank);
        });
    }

    private String nsFill(String kind, long inum) {
        return Palette.fill(nsRank.getOrDefault(kind, Map.of()).getOrDefault(inum, 0));
    }

    private String ctrFill(long id) {
        return Palette.fill(ctrRank.getOrDefault(id, 0));
    }

    /** Draws the panel with its top at {@code top}. */
    void draw(Svg svg, int top) {
        svg.open("g", "class", "state", "transform", "translate(0," + top + ")");
        if (!state.booted()) {
            svg.leaf("text", "The kernel has not booted yet (no operation ran): no tasks, no containers.",
                    "x", "20", "y", "24", "class", "note");
            svg.close();
            return;
        }
        svg.leaf("text", "Tasks (" + order.size() + ")", "x", "20", "y", "20", "class", "heading");
        for (int i = 0; i < kinds.size(); i++) {
            svg.leaf("text", kinds.get(i) + " ns", "x", Svg.num(treeWidth + i * NS_W + NS_W / 2), "y", "20",
                    "class", "heading", "text-anchor", "middle");
        }
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rowOf.put(order.get(i).tid(), i);
        }
        for (int i = 0; i < order.size(); i++) {
            drawTask(svg, order.get(i), HEADER + i * ROW, rowOf);
        }
        drawContainers(svg, HEADER + order.size() * ROW + 16);
        svg.close();
    }

    private void drawTask(Svg svg, TaskNode t, int y, Map<Long, Integer> rowOf) {
        int d = depth.get(t.tid());
        int x = 20 + d * INDENT;
        svg.open("g", "class", "task", "data-tid", Svg.num(t.tid()), "data-pid", Svg.num(t.pid()),
                "data-comm", t.comm(), "data-ctr", Svg.num(t.container()), "data-contid", contid(t.contid()));
        svg.leaf("title", "task " + t.tid() + " (pid " + t.pid() + ", ppid " + t.ppid() + ") comm=" + t.comm() + " state="
                + t.state() + " container " + t.container() + " " + quoted(t.containerName()) + " contid="
                + contid(t.contid()));
        if (d > 0) {
            long parent = t.tid() != t.pid() ? t.pid() : t.ppid();
            int parentY = HEADER + rowOf.get(parent) * ROW;
            int px = x - INDENT + 8;
            svg.empty("path", "d", "M" + px + " " + (parentY + ROW - 6) + " V" + (y + 16) + " H" + x, "class", "edge");
        }
        svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(BOX_W), "height", Svg.num(ROW - 6),
                "rx", "4", "fill", ctrFill(t.container()), "class", t.state().equals("running") ? "box" : "box exited");
        String who = t.tid() == t.pid() ? "pid " + t.pid() : "tid " + t.tid() + " (pid " + t.pid() + ")";
        svg.leaf("text", who + "  " + Svg.cut(t.comm(), 22), "x", Svg.num(x + 6), "y", Svg.num(y + 14),
                "class", "label");
        String second = "ctr " + t.container() + " " + Svg.cut(quoted(t.containerName()), 14)
                + (ctrRank.containsKey(t.container()) ? "" : " (gone)") + "  contid "
                + contid(t.contid()) + (t.state().equals("running") ? "" : "  " + t.state());
        svg.leaf("text", second, "x", Svg.num(x + 6), "y", Svg.num(y + 28), "class", "small");
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            Long inum = t.namespaces().get(kind);
            if (inum == null) {
                continue;
            }
            int cx = treeWidth + i * NS_W;
            svg.open("g", "class", "ns", "data-kind", kind, "data-inum", Svg.num(inum));
            svg.leaf("title", kind + " namespace " + inum + sharers(kind, inum));
            svg.empty("rect", "x", Svg.num(cx + 2), "y", Svg.num(y + 4), "width", Svg.num(NS_W - 4), "height",
                    Svg.num(ROW - 14), "rx", "3", "fill", nsFill(kind, inum), "class", "cell");
            svg.leaf("text", Svg.num(inum), "x", Svg.num(cx + NS_W / 2), "y", Svg.num(y + 21), "class", "small",
                    "text-anchor", "middle");
            svg.close();
        }
        svg.close();
    }

    /** ", shared by tasks 101, 102" or ", task 101 only". */
    private String sharers(String kind, long inum) {
        List<String> tids = new ArrayList<>();
        for (TaskNode t : order) {
            if (Long.valueOf(inum).equals(t.namespaces().get(kind))) {
                tids.add(Long.toString(t.tid()));
            }
        }
        return tids.size() == 1 ? ", task " + tids.getFirst() + " only" : ", shared by tasks " + String.join(", ", tids);
    }

    private void drawContainers(Svg svg, int top) {
        svg.leaf("text", "Container objects (" + state.containers().size() + ")", "x", "20", "y", Svg.num(top + 20),
                "class", "heading");
        int columns = containerColumns();
        for (int i = 0; i < state.containers().size(); i++) {
            ContainerNode c = state.containers().get(i);
            int x = 20 + (i % columns) * (CTR_W + 12);
            int y = top + HEADER + (i / columns) * (CTR_H + 12);
            svg.open("g", "class", "container", "data-id", Svg.num(c.id()), "data-name", c.name() == null ? "" : c.name());
            svg.leaf("title", "container " + c.id() + " " + quoted(c.name()) + (c.dead() ? " (dead)" : "")
                    + " parent " + (c.parent() < 0 ? "-" : Svg.num(c.parent())) + " init " + (c.init() == 0 ? "-"
                    : Svg.num(c.init())) + " members " + c.members());
            svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(CTR_W), "height", Svg.num(CTR_H),
                    "rx", "6", "fill", ctrFill(c.id()), "class", c.dead() ? "box exited" : "box");
            svg.leaf("text", "ctr " + c.id() + " " + Svg.cut(quoted(c.name()), 24) + (c.dead() ? "  dead" : ""),
                    "x", Svg.num(x + 8), "y", Svg.num(y + 16), "class", "label");
            svg.leaf("text", "parent " + (c.parent() < 0 ? "-" : Svg.num(c.parent())) + "  init "
                    + (c.init() == 0 ? "-" : "tid " + c.init()), "x", Svg.num(x + 8), "y", Svg.num(y + 32), "class", "small");
            svg.leaf("text", Svg.cut("members " + (c.members().isEmpty() ? "none" : joined(c.members())), 46),
                    "x", Svg.num(x + 8), "y", Svg.num(y + 48), "class", "small");
            drawSwatches(svg, c, x + 8, y + 56);
            svg.close();
        }
    }

    /** The container's namespaces as small cells with the fills the task columns use. */
    private void drawSwatches(Svg svg, ContainerNode c, int x, int y) {
        int i = 0;
        for (Map.Entry<String, Long> e : c.namespaces().entrySet()) {
            int sx = x + i * 40;
            svg.open("g", "class", "ctr-ns", "data-kind", e.getKey(), "data-inum", Svg.num(e.getValue()));
            svg.leaf("title", e.getKey() + " namespace " + e.getValue());
            svg.empty("rect", "x", Svg.num(sx), "y", Svg.num(y), "width", "38", "height", "20", "rx", "2",
                    "fill", nsFill(e.getKey(), e.getValue()), "class", "cell");
            svg.leaf("text", e.getKey(), "x", Svg.num(sx + 19), "y", Svg.num(y + 14), "class", "tiny",
                    "text-anchor", "middle");
            svg.close();
            i++;
        }
    }

    private static String joined(List<Long> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(Long.toString(v)));
        return String.join(" ", parts);
    }

    static String contid(long contid) {
        return contid == Unset.U64 ? "unset" : Long.toUnsignedString(contid);
    }

    private static String quoted(String name) {
        return name == null ? "(null)" : "\"" + name + "\"";
    }
}
