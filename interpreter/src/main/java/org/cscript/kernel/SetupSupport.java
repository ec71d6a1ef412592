package org.cscript.kernel;

import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;

/**
 * What the container set-up operations of kernel-model.md §3.4 share: the descriptor lookups of
 * §2.3 for mount, fs-context and nsfs files, the "no external mount-tree change after start"
 * rule of OP-19, the mount-namespace permission, path checks and attaching a container's root.
 */
final class SetupSupport {
    private final KernelCore k;
    private final ProcessOps process;
    private final ContainerOps containers;

    SetupSupport(KernelCore k, ProcessOps process, ContainerOps containers) {
        this.k = k;
        this.process = process;
        this.containers = containers;
    }

    /** §2.3 getfd (EBADF). */
    OpenFile getfd(Task s, int fd, String op) {
        return process.getfd(s, fd, op).file();
    }

    /**
     * §2.3 getfd (EBADF) of the argument {@code role} of a call with several descriptors
     * ("from_dfd", "FSCONFIG_SET_FD aux"): the details of this and the typed lookups below name
     * it, so that each of the call's checks has a detail of its own (coverage/errno-checks.tsv).
     */
    OpenFile getfd(Task s, int fd, String role, String op) {
        return process.getfd(s, fd, role, op).file();
    }

    /** §2.3 getcfd (EBADF, EINVAL). */
    Container getcfd(Task s, int fd, String op) {
        return containers.getcfd(s, fd, op);
    }

    /** §2.3 getcfd (EBADF, EINVAL) of the argument {@code role}. */
    Container getcfd(Task s, int fd, String role, String op) {
        return containers.getcfd(s, fd, role, op);
    }

    /** §2.3 getmfd (EBADF, EINVAL) of the argument {@code role}. */
    Mount getmfd(Task s, int fd, String role, String op) {
        if (getfd(s, fd, role, op) instanceof OpenFile.MountFile f) {
            return f.mount;
        }
        throw KernelCore.fail(Errno.EINVAL, op, role + " " + fd + " is not a mount");
    }

    /** §2.3 getfsfd (EBADF, EINVAL). */
    FsContext getfsfd(Task s, int fd, String op) {
        if (getfd(s, fd, op) instanceof OpenFile.FsContextFile f) {
            return f.context;
        }
        throw KernelCore.fail(Errno.EINVAL, op, "descriptor " + fd + " is not an fs context");
    }

    /** §2.3 getnsfd (EBADF, EINVAL) of the argument {@code role}. */
    Namespace getnsfd(Task s, int fd, String role, String op) {
        if (getfd(s, fd, role, op) instanceof OpenFile.NsFile f) {
            return f.ns;
        }
        throw KernelCore.fail(Errno.EINVAL, op, role + " " + fd + " is not a namespace");
    }

    /** OP-19: from INIT_STARTED on, the container's mount tree and set-up are closed to outsiders (EBUSY). */
    static void requireNotStarted(Container c, String op) {
        if (c.initStarted) {
            throw KernelCore.fail(Errno.EBUSY, op, "the container has started");
        }
    }

    /** The container's mount namespace. */
    static Namespace mntOf(Container c) {
        return c.ns.get(NsKind.MNT);
    }

    /** A root mount already in the container's mount namespace (EBUSY). */
    static void requireNoRoot(Container c, String op) {
        if (mntOf(c).mounts.hasRoot()) {
            throw KernelCore.fail(Errno.EBUSY, op, "the container's mount namespace already has a root");
        }
    }

    /** {@code ns_capable(S, c.ns.mnt.owner, cap)} (EPERM): CAP_SYS_ADMIN, or CAP_SYS_CHROOT for a chroot. */
    void requireMntCapable(Task s, Container c, Capability cap, String op) {
        if (!k.nsCapable(s, mntOf(c).owner, cap)) {
            throw KernelCore.fail(Errno.EPERM, op, cap.name() + " needed over the container's mount namespace");
        }
    }

    /** A cfd-relative path must not start with '/' (EINVAL) [seed: 004]. */
    static void requireRelative(String path, String op) {
        if (path.startsWith("/")) {
            throw KernelCore.fail(Errno.EINVAL, op, "a path relative to a container fd must not start with '/'");
        }
    }

    /** join(c.root, path), or ENOENT while the container has no root. */
    static String underRoot(Container c, String path, String op) {
        if (c.root == null) {
            throw KernelCore.fail(Errno.ENOENT, op, "the container has no root yet");
        }
        return Paths.join(c.root, path);
    }

    /** The path names an existing directory: ENOENT if missing, ENOTDIR if another type. */
    static void requireDirectory(Namespace mntns, String absolute, String op) {
        FsEntry e = Filesystems.entry(mntns, absolute);
        if (e == null) {
            throw KernelCore.fail(Errno.ENOENT, op, absolute + " does not exist");
        }
        if (!e.isDirectory()) {
            throw KernelCore.fail(Errno.ENOTDIR, op, absolute + " is not a directory");
        }
    }

    /** Attaches {@code m} as the root mount of the container's mount namespace; the container's root is "/". */
    void attachRoot(Container c, Mount m) {
        k.fs.attach(m, mntOf(c), "/");
        c.root = "/";
    }
}
