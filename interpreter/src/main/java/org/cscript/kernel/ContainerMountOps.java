package org.cscript.kernel;

import java.util.TreeSet;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;

/**
 * DH's 2017 set-up calls, kernel-model.md §3.4 (OP-31 container_mount, OP-32 container_chroot,
 * OP-33 container_bind_mount_across). A null {@code target} means the container's root.
 */
final class ContainerMountOps {
    private final KernelCore k;
    private final SetupSupport sup;

    ContainerMountOps(KernelCore k, SetupSupport sup) {
        this.k = k;
        this.sup = sup;
    }

    /** OP-31 container_mount: fsopen + source + CMD_CREATE + fsmount + move_mount into the container. */
    void mount(Task s, int cfd, String source, String target, String fstype, long flags, String data) {
        String op = "container_mount";
        Container c = sup.getcfd(s, cfd, op);
        SetupSupport.requireNotStarted(c, op);
        FsType type = FsType.ofName(fstype);
        if (type == null) {
            throw KernelCore.fail(Errno.ENODEV, op, "unknown filesystem type '" + fstype + "'");
        }
        if (type.needsSource() && (source == null || source.isEmpty())) {
            throw KernelCore.fail(Errno.EINVAL, op, type.label() + " needs a source");
        }
        checkTarget(c, target, op);
        String mountpoint = target == null ? null : resolveTarget(c, target, op);
        sup.requireMntCapable(s, c, Capability.CAP_SYS_ADMIN, op);
        // the model reads data as comma-separated options of the new superblock (the spec is silent)
        TreeSet<String> options = new TreeSet<>();
        for (String option : (data == null ? "" : data).split(",")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        attach(c, k.fs.newMount(k.fs.newSuperblock(type, source, options), ""), mountpoint);
    }

    /** The target checks OP-31 and OP-33 make first: relative (EINVAL); null while a root is present (EBUSY). */
    private static void checkTarget(Container c, String target, String op) {
        if (target != null) {
            SetupSupport.requireRelative(target, op);
        } else {
            SetupSupport.requireNoRoot(c, op);
        }
    }

    /** The mountpoint of a relative target: join(c.root, target), an existing directory (ENOENT, ENOTDIR). */
    private static String resolveTarget(Container c, String target, String op) {
        String mountpoint = SetupSupport.underRoot(c, target, op);
        SetupSupport.requireDirectory(SetupSupport.mntOf(c), mountpoint, op);
        return mountpoint;
    }

    private void attach(Container c, Mount m, String mountpoint) {
        if (mountpoint == null) {
            sup.attachRoot(c, m);
        } else {
            k.fs.attach(m, SetupSupport.mntOf(c), mountpoint);
        }
    }

    /** OP-32 container_chroot: absolute paths in the container's mount namespace, relative ones under its root. */
    void chroot(Task s, int cfd, String path) {
        String op = "container_chroot";
        Container c = sup.getcfd(s, cfd, op);
        SetupSupport.requireNotStarted(c, op);
        String root = path.startsWith("/") ? path : SetupSupport.underRoot(c, path, op);
        SetupSupport.requireDirectory(SetupSupport.mntOf(c), root, op);
        sup.requireMntCapable(s, c, Capability.CAP_SYS_CHROOT, op);
        c.root = Paths.absolute(Paths.components(root));
    }

    /** OP-33 container_bind_mount_across: S's subtree at {@code source} appears at {@code target} in the container. */
    void bindMountAcross(Task s, int cfd, String source, String target) {
        String op = "container_bind_mount_across";
        Container c = sup.getcfd(s, cfd, op);
        SetupSupport.requireNotStarted(c, op);
        checkTarget(c, target, op);
        MountTree.Resolved from = s.nsproxy.get(NsKind.MNT).mounts.resolve(Filesystems.taskPath(s, source));
        if (from == null || from.entry() == null) {
            throw KernelCore.fail(Errno.ENOENT, op, "the source " + source + " does not exist");
        }
        String mountpoint = target == null ? null : resolveTarget(c, target, op);
        sup.requireMntCapable(s, c, Capability.CAP_SYS_ADMIN, op);
        attach(c, k.fs.newMount(from.mount().sb, from.key()), mountpoint);
    }
}
