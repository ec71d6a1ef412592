package org.cscript.kernel;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A superblock (kernel-model.md §1.7): its type, source, options and tree. The tree maps a
 * relative path (no leading '/', "" = the root directory, which is never stored) to its entry.
 */
final class Superblock {
    final long id;
    final FsType type;
    /** The {@code source} parameter, or null. */
    final String source;
    final SortedSet<String> options;
    final TreeMap<String, FsEntry> tree = new TreeMap<>();

    Superblock(long id, FsType type, String source, SortedSet<String> options) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.options = Collections.unmodifiableSortedSet(new TreeSet<>(options));
    }

    /** The entry at {@code key}: the root directory for "", else the tree's entry or null. */
    FsEntry entry(String key) {
        return key.isEmpty() ? FsEntry.ROOT_DIR : tree.get(key);
    }

    @Override
    public String toString() {
        return "sb " + id + " " + type.label();
    }
}
