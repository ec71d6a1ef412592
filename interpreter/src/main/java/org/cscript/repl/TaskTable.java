package org.cscript.repl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cscript.host.TaskRow;

/** The :ps table: tasks as a tree under their parents, one row each, namespaces by inode. */
final class TaskTable {
    private TaskTable() {
    }

    static String format(List<TaskRow> tasks) {
        if (tasks.isEmpty()) {
            return "(the kernel has not booted yet: the first kernel operation boots it)\n";
        }
        StringBuilder out = new StringBuilder(String.format("%-5s %-5s %-5s %-16s %-8s %-14s %-20s %s%n",
                "PID", "TID", "PPID", "COMM", "STATE", "CONTAINER", "CONTID", "NAMESPACES"));
        Map<Long, List<TaskRow>> children = new HashMap<>();
        List<TaskRow> roots = new ArrayList<>();
        Map<Long, TaskRow> byTid = new HashMap<>();
        tasks.forEach(t -> byTid.put(t.tid(), t));
        for (TaskRow t : tasks) {
            if (t.ppid() != t.tid() && byTid.containsKey(t.ppid())) {
                children.computeIfAbsent(t.ppid(), p -> new ArrayList<>()).add(t);
            } else {
                roots.add(t);
            }
        }
        roots.forEach(t -> append(out, t, 0, children));
        return out.toString();
    }

    private static void append(StringBuilder out, TaskRow t, int depth, Map<Long, List<TaskRow>> children) {
        String comm = "  ".repeat(depth) + t.comm();
        String container = t.container() == 0 ? "-" : t.container() + (t.containerName() == null ? "" : " " + t.containerName());
        String contid = t.contid() == -1 ? "unset" : Long.toUnsignedString(t.contid());
        StringBuilder ns = new StringBuilder();
        t.namespaces().forEach((kind, inum) -> ns.append(ns.isEmpty() ? "" : " ").append(kind).append('=').append(inum));
        out.append(String.format("%-5d %-5d %-5d %-16s %-8s %-14s %-20s %s%n", t.pid(), t.tid(), t.ppid(), comm,
                t.state(), container, contid, ns));
        for (TaskRow child : children.getOrDefault(t.tid(), List.of())) {
            append(out, child, depth + 1, children);
        }
    }
}
