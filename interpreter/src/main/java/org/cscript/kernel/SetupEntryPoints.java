package org.cscript.kernel;

import org.cscript.abi.FileType;
import org.cscript.abi.Syscall;

/**
 * The entry points of kernel-model.md §3.4, setting a container up from outside (OP-26 ..
 * OP-38), reached as {@link Kernel#setup()}: one line per operation, as on {@link Kernel}, each
 * the operation's body in its {@code *Ops} class run as an event context with its syscall
 * arguments. A section of the facade of its own only to keep each file to one screenful of table.
 */
public final class SetupEntryPoints {
    private final Events events;
    private final MountOps mounts;
    private final ContainerConfigOps containerConfig;
    private final ContainerMountOps containerMounts;
    private final FileOps files;

    SetupEntryPoints(Events events, MountOps mounts, ContainerConfigOps containerConfig,
            ContainerMountOps containerMounts, FileOps files) {
        this.events = events;
        this.mounts = mounts;
        this.containerConfig = containerConfig;
        this.containerMounts = containerMounts;
        this.files = files;
    }

    /** OP-26 fsopen; {@code cfd} -1 for none. a0-a2 follow the model call (name, cfd, flags), the 2017 prototype. */
    public int fsopen(Task s, String fstype, int cfd, long flags) {
        return events.run(s, Syscall.FSOPEN, new long[] {0, cfd, flags}, () -> mounts.fsopen(s, fstype, cfd, flags),
                r -> r);
    }

    /** OP-27 fsconfig on an fs context, OP-30 on a container fd; {@code aux} (a4) is not printed. */
    public void fsconfig(Task s, int fd, long cmd, String key, String value, int aux) {
        events.run(s, Syscall.FSCONFIG, new long[] {fd, cmd}, () -> mounts.fsconfig(s, fd, cmd, key, value, aux));
    }

    /** OP-28 fsmount. */
    public int fsmount(Task s, int fsfd, long flags, long attr) {
        return events.run(s, Syscall.FSMOUNT, new long[] {fsfd, flags, attr},
                () -> mounts.fsmount(s, fsfd, flags, attr), r -> r);
    }

    /** OP-29 move_mount. */
    public void moveMount(Task s, int fromDfd, String fromPath, int toDfd, String toPath, long flags) {
        events.run(s, Syscall.MOVE_MOUNT, new long[] {fromDfd, 0, toDfd},
                () -> mounts.moveMount(s, fromDfd, fromPath, toDfd, toPath, flags));
    }

    /** OP-31 container_mount; a null {@code target} is the container root. */
    public void containerMount(Task s, int cfd, String source, String target, String fstype, long flags, String data) {
        events.run(s, Syscall.CONTAINER_MOUNT, new long[] {cfd},
                () -> containerMounts.mount(s, cfd, source, target, fstype, flags, data));
    }

    /** OP-32 container_chroot. */
    public void containerChroot(Task s, int cfd, String path) {
        events.run(s, Syscall.CONTAINER_CHROOT, new long[] {cfd}, () -> containerMounts.chroot(s, cfd, path));
    }

    /** OP-33 container_bind_mount_across; a null {@code target} is the container root. */
    public void containerBindMountAcross(Task s, int cfd, String source, String target) {
        events.run(s, Syscall.CONTAINER_BIND_MOUNT_ACROSS, new long[] {cfd},
                () -> containerMounts.bindMountAcross(s, cfd, source, target));
    }

    /** OP-34 mkdirat. */
    public void mkdirat(Task s, int dirfd, String path, long mode) {
        events.run(s, Syscall.MKDIRAT, new long[] {dirfd, 0, mode}, () -> files.mkdirat(s, dirfd, path, mode));
    }

    /** OP-35 mknodat: a2 is the mode with the type's S_IF* bits, a3 the dev_t of major and minor. */
    public void mknodat(Task s, int dirfd, String path, FileType type, long mode, long major, long minor) {
        events.run(s, Syscall.MKNODAT, new long[] {dirfd, 0, type.modeBits() | mode, FileType.makedev(major, minor)},
                () -> files.mknodat(s, dirfd, path, type, mode, major, minor));
    }

    /** OP-36 openat. */
    public int openat(Task s, int dirfd, String path, long oflags, long mode) {
        return events.run(s, Syscall.OPENAT, new long[] {dirfd, 0, oflags, mode},
                () -> files.openat(s, dirfd, path, oflags, mode), r -> r);
    }

    /** OP-37 container_socket. */
    public int containerSocket(Task s, int cfd, long domain, long type, long protocol) {
        return events.run(s, Syscall.CONTAINER_SOCKET, new long[] {cfd, domain, type, protocol},
                () -> files.containerSocket(s, cfd, domain, type, protocol), r -> r);
    }

    /** OP-38 container_allow_device; {@code minor} {@link Kernel#ANY_MINOR} is "*". a1 = the S_IF* bits of a device type. */
    public void containerAllowDevice(Task s, int cfd, String type, long major, long minor) {
        events.run(s, Syscall.CONTAINER_ALLOW_DEVICE, new long[] {cfd, FileType.deviceModeBits(type), major, minor},
                () -> containerConfig.allowDevice(s, cfd, type, major, minor));
    }
}
