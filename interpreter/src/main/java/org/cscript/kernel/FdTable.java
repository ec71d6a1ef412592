package org.cscript.kernel;

import java.util.TreeMap;

/** A descriptor table (kernel-model.md §1.5), shared by the threads of a group. */
final class FdTable {
    record Entry(OpenFile file, boolean cloexec) {
    }

    final TreeMap<Integer, Entry> entries = new TreeMap<>();
    int users = 1;

    /** Lowest unused descriptor >= 3 (0-2 are stdio, not modelled). */
    int lowestFree() {
        int fd = 3;
        for (Integer used : entries.tailMap(3).keySet()) {
            if (used != fd) {
                break;
            }
            fd++;
        }
        return fd;
    }

    /** limits.fds (docs/limits.md): checked before an operation's effects where it has others. */
    void requireRoom(long max) {
        Limits.check(entries.size() + 1, max, "descriptors", "limits.fds");
    }

    int install(OpenFile f, boolean cloexec, long max) {
        requireRoom(max);
        int fd = lowestFree();
        entries.put(fd, new Entry(f, cloexec));
        f.refs++;
        return fd;
    }

    /** fork: each file gains a reference, cloexec bits are kept. */
    FdTable copy() {
        FdTable t = new FdTable();
        for (var e : entries.entrySet()) {
            t.entries.put(e.getKey(), e.getValue());
            e.getValue().file().refs++;
        }
        return t;
    }
}
