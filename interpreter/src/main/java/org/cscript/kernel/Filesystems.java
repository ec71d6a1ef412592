package org.cscript.kernel;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cscript.abi.NsKind;

/**
 * The filesystem state of kernel-model.md §1.7 that is not per namespace: the id counters of
 * superblocks and mounts (§1.1: 1 and 2 are used at boot), the boot filesystem (§1.11), and path
 * resolution for tasks. Each mount namespace holds its own {@link MountTree}; superblocks live
 * as long as a mount or an fs context refers to them.
 */
final class Filesystems {
    /** The directories of the boot root filesystem sb1 (§1.11). */
    private static final List<String> BOOT_DIRS = List.of("bin", "dev", "etc", "home", "mnt", "proc", "root",
            "sbin", "sys", "tmp", "usr", "usr/bin", "var");

    /** next_mount_id and next_sb_id (§1.1): the ids the next mount and superblock get, never reused. */
    long nextMountId = 1;
    long nextSbId = 1;

    /** §1.11: sb1 ext4 /dev/sda1 mounted at "/" (mount 1), sb2 proc at "/proc" (mount 2). */
    void boot(Namespace initialMnt) {
        Superblock root = newSuperblock(FsType.EXT4, "/dev/sda1", new TreeSet<>());
        for (String dir : BOOT_DIRS) {
            root.tree.put(dir, FsEntry.directory(0755));
        }
        Superblock proc = newSuperblock(FsType.PROC, "proc", new TreeSet<>());
        attach(newMount(root, ""), initialMnt, "/");
        attach(newMount(proc, ""), initialMnt, "/proc");
    }

    Superblock newSuperblock(FsType type, String source, SortedSet<String> options) {
        return new Superblock(nextSbId++, type, source, options);
    }

    /** A detached mount of {@code sb} seen from {@code subpath} (fsmount, or a bind mount's source). */
    Mount newMount(Superblock sb, String subpath) {
        return new Mount(nextMountId++, sb, subpath);
    }

    /** Attaches a detached mount at an absolute path of {@code mntns}. */
    void attach(Mount m, Namespace mntns, String absolute) {
        m.mntns = mntns;
        m.mountpoint = List.copyOf(Paths.components(absolute));
        mntns.mounts.add(m);
    }

    /** OP-01, OP-14, OP-18: a new mount namespace in {@code fresh} copies S's mounts (new ids, same superblocks). */
    void copyMounts(Task s, java.util.Map<NsKind, Namespace> fresh) {
        Namespace to = fresh.get(NsKind.MNT);
        if (to == null) {
            return;
        }
        for (Mount m : s.nsproxy.get(NsKind.MNT).mounts.mounts()) {
            attach(newMount(m.sb, m.subpath), to, Paths.absolute(m.mountpoint));
        }
    }

    /** The absolute path task S means by {@code path} (§1.7): joined to its root if absolute, its cwd if not. */
    static String taskPath(Task s, String path) {
        return Paths.join(path.startsWith("/") ? s.root : s.cwd, path);
    }

    /** The entry an absolute path names in {@code mntns}, or null if it does not exist. */
    static FsEntry entry(Namespace mntns, String absolute) {
        MountTree.Resolved r = mntns.mounts.resolve(absolute);
        return r == null ? null : r.entry();
    }

    /** Adds an entry at a path that does not exist yet but whose parent is a directory. */
    static void create(Namespace mntns, String absolute, FsEntry entry) {
        MountTree.Resolved r = mntns.mounts.resolve(absolute);
        r.mount().sb.tree.put(r.key(), entry);
    }
}
