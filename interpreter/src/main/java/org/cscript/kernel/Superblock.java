package org.cscript.kernel;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A superblock (kernel-model.md §1.7): its type, source, options and tree. The tree maps a
 * relative path (no leading '/', "" = the root directory, which is never stored) to its entry.
 * For the audit PATH records and watches each entry also has an inode number and an owner, and
 * the superblock a device number: deterministic, so traces are reproducible.
 */
final class Superblock {
    /** The root directory's inode number, as on ext4. */
    static final long ROOT_INODE = 2;
    /** Anonymous device minors start above the nsfs device of audit.nsdev (00:04): sb N is 00:(0x20+N). */
    static final long DEV_MINOR_BASE = 0x20;

    /** An entry's inode number and owner (the creator's fsuid and fsgid). */
    record Inode(long number, long uid, long gid) {
    }

    private static final Inode ROOT = new Inode(ROOT_INODE, 0, 0);

    final long id;
    final FsType type;
    /** The {@code source} parameter, or null. */
    final String source;
    final SortedSet<String> options;
    /** Entries by key; add them with {@link #put}, which numbers them. */
    final TreeMap<String, FsEntry> tree = new TreeMap<>();
    private final Map<String, Inode> inodes = new HashMap<>();
    private final Map<Long, String> keysByInode = new HashMap<>();
    /** Inodes are numbered per superblock in creation order, after the root's; never reused (no entry is removed). */
    private long nextInode = ROOT_INODE + 1;

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

    /** Adds a new entry with the next inode number, owned by {@code uid}:{@code gid}. */
    void put(String key, FsEntry entry, long uid, long gid) {
        tree.put(key, entry);
        Inode inode = new Inode(nextInode++, uid, gid);
        inodes.put(key, inode);
        keysByInode.put(inode.number(), key);
    }

    /** The inode of the entry at {@code key} (the root's for ""), or null if there is none. */
    Inode inode(String key) {
        return key.isEmpty() ? ROOT : inodes.get(key);
    }

    /** The key of the entry with inode number {@code number}, or null. */
    String keyOf(long number) {
        return number == ROOT_INODE ? "" : keysByInode.get(number);
    }

    /** What is wrong with the inode numbering (every entry has its own number, below the next one), or null. */
    String inodeProblem() {
        if (inodes.size() != tree.size() || keysByInode.size() != tree.size()) {
            return "sb " + id + ": " + tree.size() + " entries, " + inodes.size() + " inodes, " + keysByInode.size()
                    + " inode keys";
        }
        for (var e : inodes.entrySet()) {
            long n = e.getValue().number();
            if (!tree.containsKey(e.getKey()) || n <= ROOT_INODE || n >= nextInode
                    || !e.getKey().equals(keysByInode.get(n))) {
                return "sb " + id + ": entry '" + e.getKey() + "' has inode " + n + " (next " + nextInode + ")";
            }
        }
        return null;
    }

    /** The device number's minor (its major is 0, an anonymous device). */
    long devMinor() {
        return DEV_MINOR_BASE + id;
    }

    @Override
    public String toString() {
        return "sb " + id + " " + type.label();
    }
}
