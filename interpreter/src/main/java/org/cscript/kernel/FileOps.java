package org.cscript.kernel;

import java.util.List;
import org.cscript.abi.AddressFamily;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FileType;
import org.cscript.abi.NsKind;
import org.cscript.audit.PathName.NameType;

/**
 * Files, device nodes and sockets made through a container fd, kernel-model.md §3.4 (OP-34
 * mkdirat, OP-35 mknodat, OP-36 openat, OP-37 container_socket). These are no mount-tree
 * changes, so they stay allowed after the container has started. Each records the names it
 * resolves for the audit PATH records, in the kernel's order: the parent of a path it creates
 * (or may create, O_CREAT), then the object as found (NORMAL) or as created (CREATE).
 */
final class FileOps {
    /** Where a dirfd and a path lead: a mount namespace and an absolute path in it. */
    private record Target(Namespace mntns, String path) {
    }

    private final KernelCore k;
    private final SetupSupport sup;

    FileOps(KernelCore k, SetupSupport sup) {
        this.k = k;
        this.sup = sup;
    }

    /**
     * §3.4 dirfd resolution: AT_FDCWD is S's own view (§1.7); otherwise the fd must be open
     * (EBADF) and a container (ENOTDIR), the path relative (EINVAL) and the root set (ENOENT).
     */
    private Target at(Task s, int dirfd, String path, String op) {
        if (dirfd == FileFlags.AT_FDCWD) {
            return new Target(s.nsproxy.get(NsKind.MNT), Filesystems.taskPath(s, path));
        }
        if (!(sup.getfd(s, dirfd, op) instanceof OpenFile.ContainerFile cf)) {
            throw KernelCore.fail(Errno.ENOTDIR, op, "descriptor " + dirfd + " is not a container");
        }
        SetupSupport.requireRelative(path, op);
        Container c = cf.container;
        return new Target(SetupSupport.mntOf(c), SetupSupport.underRoot(c, path, op));
    }

    /** The parent of the target is a directory: ENOENT if missing (or the path has "." or ".."), else ENOTDIR. */
    private static void requireParentDirectory(Target t, String op) {
        List<String> parts = Paths.components(t.path);
        if (parts == null) {
            throw KernelCore.fail(Errno.ENOENT, op, "'.' and '..' are not supported");
        }
        String parent = Paths.absolute(parts.subList(0, Math.max(0, parts.size() - 1)));
        SetupSupport.requireDirectory(t.mntns, parent, op);
    }

    /** OP-34 mkdirat. */
    void mkdirat(Task s, int dirfd, String path, long mode) {
        String op = "mkdirat";
        Target t = at(s, dirfd, path, op);
        requireAbsent(s, t, path, op);
        Filesystems.create(t.mntns, t.path, FsEntry.directory(mode), s.cred);
        name(t, path, NameType.CREATE);
    }

    /** OP-34/OP-35: the parent checks (its audit name), then the path must not exist (EEXIST). */
    private void requireAbsent(Task s, Target t, String path, String op) {
        requireParentDirectory(t, op);
        parentName(s, t, path);
        if (Filesystems.entry(t.mntns, t.path) != null) {
            throw KernelCore.fail(Errno.EEXIST, op, t.path + " exists");
        }
    }

    /** The audit name of the target's parent directory, which exists. */
    private void parentName(Task s, Target t, String path) {
        List<String> parts = Paths.components(t.path);
        String parent = Paths.absolute(parts.subList(0, Math.max(0, parts.size() - 1)));
        k.current.resolved(Filesystems.auditName(t.mntns, parent, Filesystems.parentName(s, path), NameType.PARENT));
    }

    /** The audit name of the target, which exists, printed as the caller wrote it. */
    private void name(Target t, String path, NameType type) {
        k.current.resolved(Filesystems.auditName(t.mntns, t.path, path, type));
    }

    /** OP-35 mknodat ({@code type} is chr, blk, file or fifo); device nodes need CAP_MKNOD, checked last. */
    void mknodat(Task s, int dirfd, String path, FileType type, long mode, long major, long minor) {
        String op = "mknodat";
        Target t = at(s, dirfd, path, op);
        requireAbsent(s, t, path, op);
        if (type.isDevice() && !k.capable(s, Capability.CAP_MKNOD)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_MKNOD needed for a device node");
        }
        Filesystems.create(t.mntns, t.path, new FsEntry(type, mode, major, minor), s.cred);
        name(t, path, NameType.CREATE);
    }

    /** OP-36 openat: a regular-file descriptor (cloexec = O_CLOEXEC); O_CREAT makes a missing file. */
    int openat(Task s, int dirfd, String path, long oflags, long mode) {
        String op = "openat";
        Target t = at(s, dirfd, path, op);
        requireParentDirectory(t, op);
        s.fds.requireRoom(k.knobs().limits().fds());   // before O_CREAT makes the file
        boolean create = (oflags & FileFlags.O_CREAT) != 0;
        if (create) {
            parentName(s, t, path);
        }
        FsEntry e = Filesystems.entry(t.mntns, t.path);
        if (e != null) {
            name(t, path, NameType.NORMAL);  // the kernel names the object before its EEXIST and permission checks
        }
        if (e != null && create && (oflags & FileFlags.O_EXCL) != 0) {
            throw KernelCore.fail(Errno.EEXIST, op, t.path + " exists");
        }
        if (e == null && !create) {
            throw KernelCore.fail(Errno.ENOENT, op, t.path + " does not exist and O_CREAT is not given");
        }
        if (e != null && e.type().isDevice() && !s.container.allowsDevice(e)) {
            throw KernelCore.fail(Errno.EPERM, op, "the device is not on the container's allow-list");
        }
        if (e == null) {
            e = new FsEntry(FileType.FILE, mode, 0, 0);
            Filesystems.create(t.mntns, t.path, e, s.cred);
            name(t, path, NameType.CREATE);
        }
        Superblock sb = t.mntns.mounts.resolve(t.path).mount().sb;
        String shown = Paths.absolute(Paths.components(t.path));
        return s.fds.install(new OpenFile.RegularFile(sb, shown, e), (oflags & FileFlags.O_CLOEXEC) != 0, k.knobs().limits().fds());
    }

    /** OP-37 container_socket: a socket in the container's net namespace. */
    int containerSocket(Task s, int cfd, long domain, long type, long protocol) {
        String op = "container_socket";
        Container c = sup.getcfd(s, cfd, op);
        AddressFamily family = AddressFamily.ofNumber(domain);
        if (family == null) {
            throw KernelCore.fail(Errno.EAFNOSUPPORT, op, "address family " + domain + " is not supported");
        }
        Namespace net = c.ns.get(NsKind.NET);
        k.getNs(net);
        return s.fds.install(new OpenFile.SocketFile(net, family, type, protocol), false, k.knobs().limits().fds());
    }
}
