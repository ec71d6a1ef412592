package org.cscript.kernel;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cscript.abi.NsKind;
import org.cscript.audit.PathName;

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
    /** The id the next fs context gets: no record shows it, it only names the context for a model checker's state. */
    long nextContextId = 1;

    /** §1.11: sb1 ext4 /dev/sda1 mounted at "/" (mount 1), sb2 proc at "/proc" (mount 2). */
    void boot(Namespace initialMnt) {
        Superblock root = newSuperblock(FsType.EXT4, "/dev/sda1", new TreeSet<>());
        for (String dir : BOOT_DIRS) {
            root.put(dir, FsEntry.directory(0755), 0, 0);
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

    /**
     * What a PATH record prints for the parent of {@code path} as the caller wrote it: its
     * directory part with the trailing '/', or, when it has none, the working directory (the
     * kernel logs its pwd then, whatever the dirfd).
     */
    static String parentName(Task s, String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? workingDirectory(s) : path.substring(0, slash + 1);
    }

    /** S's working directory as its root sees it (d_path): what the CWD record prints. */
    static String workingDirectory(Task s) {
        List<String> root = Paths.components(s.root);
        List<String> cwd = Paths.components(s.cwd);
        if (root == null || cwd == null || cwd.size() < root.size() || !cwd.subList(0, root.size()).equals(root)) {
            return s.cwd;
        }
        return Paths.absolute(cwd.subList(root.size(), cwd.size()));
    }

    /** The entry an absolute path names in {@code mntns}, or null if it does not exist. */
    static FsEntry entry(Namespace mntns, String absolute) {
        MountTree.Resolved r = mntns.mounts.resolve(absolute);
        return r == null ? null : r.entry();
    }

    /** Adds an entry, owned by {@code creator}'s fsuid and fsgid, at a path that does not exist yet but whose parent is a directory. */
    static void create(Namespace mntns, String absolute, FsEntry entry, Creds creator) {
        MountTree.Resolved r = mntns.mounts.resolve(absolute);
        r.mount().sb.put(r.key(), entry, creator.fsuid, creator.fsgid);
    }

    /**
     * The audit name (PATH record content) of the existing entry an absolute path names in
     * {@code mntns}, printed as {@code printed}; null if the path names nothing.
     */
    static PathName auditName(Namespace mntns, String absolute, String printed, PathName.NameType type) {
        MountTree.Resolved r = mntns.mounts.resolve(absolute);
        FsEntry e = r == null ? null : r.entry();
        if (e == null) {
            return null;
        }
        Superblock sb = r.mount().sb;
        Superblock.Inode inode = sb.inode(r.key());
        if (inode == null) {
            inode = sb.inode("");  // a mount's root the superblock has no entry for (a bind mount's subpath)
        }
        boolean device = e.type().isDevice();
        return new PathName(printed, type, inode.number(), 0, sb.devMinor(), e.type().modeBits() | (e.mode() & 07777),
                inode.uid(), inode.gid(), device ? e.major() : 0, device ? e.minor() : 0);
    }
}
