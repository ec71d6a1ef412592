package org.cscript.kernel;

import java.util.EnumSet;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.MoveMountFlags;
import org.cscript.abi.NsKind;

/**
 * The mount API of DH's 2019 set-up, kernel-model.md §3.4 (OP-26 fsopen, OP-27 fsconfig on an fs
 * context, OP-28 fsmount, OP-29 move_mount). fsconfig on a container fd is OP-30
 * ({@link ContainerConfigOps}), chosen by the kind of the file.
 */
final class MountOps {
    /** The commands of OP-27; the others are OP-30's or unknown. */
    private static final Set<FsconfigCommand> CONTEXT_COMMANDS = EnumSet.of(FsconfigCommand.SET_CONTAINER,
            FsconfigCommand.SET_STRING, FsconfigCommand.SET_FLAG, FsconfigCommand.CMD_CREATE);

    private final KernelCore k;
    private final SetupSupport sup;
    private final ContainerConfigOps containerConfig;

    MountOps(KernelCore k, SetupSupport sup, ContainerConfigOps containerConfig) {
        this.k = k;
        this.sup = sup;
        this.containerConfig = containerConfig;
    }

    /** OP-26 fsopen; {@code cfd} -1 = no container (the 2017 prototype's argument). */
    int fsopen(Task s, String fstype, int cfd, long flags) {
        String op = "fsopen";
        if (!k.nsCapable(s, s.cred.userns, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed");
        }
        FsType type = FsType.ofName(fstype);
        if (type == null) {
            throw KernelCore.fail(Errno.ENODEV, op, "unknown filesystem type '" + fstype + "'");
        }
        if (flags != 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "flags must be 0");
        }
        Container c = cfd == -1 ? null : sup.getcfd(s, cfd, op);
        FsContext ctx = new FsContext(k.fs.nextContextId++, type);
        if (c != null) {
            bind(ctx, c);
        }
        return s.fds.install(new OpenFile.FsContextFile(ctx), false, k.knobs().limits().fds());
    }

    /** §1.6: a bound fs context holds a usage reference on its container until it is released (P2). */
    private static void bind(FsContext ctx, Container c) {
        ctx.container = c;
        c.usage++;
    }

    /** OP-27 fsconfig, or OP-30 when {@code fd} is a container file. */
    void fsconfig(Task s, int fd, long cmd, String key, String value, int aux) {
        String op = "fsconfig";
        switch (sup.getfd(s, fd, op)) {
            case OpenFile.ContainerFile f -> containerConfig.fsconfig(s, f.container, cmd, key, aux);
            case OpenFile.FsContextFile f -> fsconfigContext(s, f.context, cmd, key, value, aux);
            case OpenFile.NsFile _, OpenFile.MountFile _, OpenFile.SocketFile _, OpenFile.RegularFile _,
                    OpenFile.KeyqFile _ ->
                throw KernelCore.fail(Errno.EINVAL, op, "descriptor " + fd + " is not an fs context or container");
        }
    }

    /** OP-27 on an fs context: the checks after the file kind, in the spec's order. */
    private void fsconfigContext(Task s, FsContext ctx, long cmd, String key, String value, int aux) {
        String op = "fsconfig";
        FsconfigCommand command = FsconfigCommand.ofNumber(cmd);
        if (command == null || !CONTEXT_COMMANDS.contains(command)) {
            throw KernelCore.fail(Errno.EINVAL, op, "unknown command for an fs context");
        }
        boolean keyed = command == FsconfigCommand.SET_STRING || command == FsconfigCommand.SET_FLAG;
        if (keyed && (key == null || key.isEmpty())) {
            throw KernelCore.fail(Errno.EINVAL, op, "empty key");
        }
        if (ctx.created()) {
            throw KernelCore.fail(Errno.EBUSY, op, "the superblock was already created");
        }
        switch (command) {
            case SET_CONTAINER -> {
                Container c = sup.getcfd(s, aux, auxRole(FsconfigCommand.SET_CONTAINER), op);
                if (ctx.container != null) {
                    throw KernelCore.fail(Errno.EBUSY, op, "the context is already bound to a container");
                }
                if (!k.nsCapable(s, c.cred.userns, Capability.CAP_SYS_ADMIN)) {
                    throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed in the container's user namespace");
                }
                bind(ctx, c);
            }
            case SET_STRING -> ctx.params.put(key, value == null ? "" : value);
            case SET_FLAG -> ctx.options.add(key);
            case CMD_CREATE -> {
                String source = ctx.params.get("source");
                if (ctx.type.needsSource() && (source == null || source.isEmpty())) {
                    throw KernelCore.fail(Errno.EINVAL, op, ctx.type.label() + " needs a source");
                }
                ctx.sb = k.fs.newSuperblock(ctx.type, source, ctx.options);
            }
            default -> throw new IllegalStateException(command + " is not an fs-context command");
        }
    }

    /**
     * The name of {@code aux} in a detail: "FSCONFIG_SET_NAMESPACE aux". OP-27 and OP-30 look aux
     * up for three commands, and a failure names the command's lookup (coverage/errno-checks.tsv).
     */
    static String auxRole(FsconfigCommand command) {
        return command.scriptName() + " aux";
    }

    /**
     * OP-28 fsmount: a detached mount of the context's superblock. The spec does not say whether a
     * context can be mounted twice; the model allows it (each call is a new mount of the same
     * superblock), as S13 needs a second mount to show the duplicate-root EBUSY.
     */
    int fsmount(Task s, int fsfd, long flags, long attr) {
        String op = "fsmount";
        FsContext ctx = sup.getfsfd(s, fsfd, op);
        if (!ctx.created()) {
            throw KernelCore.fail(Errno.EINVAL, op, "no superblock yet (FSCONFIG_CMD_CREATE)");
        }
        if (flags != 0 || attr != 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "flags and attributes must be 0");
        }
        s.fds.requireRoom(k.knobs().limits().fds());   // before the mount exists
        return s.fds.install(new OpenFile.MountFile(k.fs.newMount(ctx.sb, "")), false, k.knobs().limits().fds());
    }

    /** OP-29 move_mount of a detached mount fd (the only form the model has). */
    void moveMount(Task s, int fromDfd, String fromPath, int toDfd, String toPath, long flags) {
        String op = "move_mount";
        long known = MoveMountFlags.F_EMPTY_PATH | MoveMountFlags.T_CONTAINER_ROOT;
        if ((flags & ~known) != 0 || (flags & MoveMountFlags.F_EMPTY_PATH) == 0 || !fromPath.isEmpty()) {
            throw KernelCore.fail(Errno.EINVAL, op, "only a mount fd with \"\" and MOVE_MOUNT_F_EMPTY_PATH");
        }
        Mount m = sup.getmfd(s, fromDfd, "from_dfd", op);
        if (!m.detached()) {
            throw KernelCore.fail(Errno.EINVAL, op, "the mount is already attached");
        }
        boolean toRoot = (flags & MoveMountFlags.T_CONTAINER_ROOT) != 0;
        if (toDfd == FileFlags.AT_FDCWD) {
            moveToTaskPath(s, m, toPath, toRoot);
            return;
        }
        if (!(sup.getfd(s, toDfd, "to_dfd", op) instanceof OpenFile.ContainerFile cf)) {
            throw KernelCore.fail(Errno.ENOTDIR, op, "to_dfd " + toDfd + " is not a container");
        }
        Container c = cf.container;
        if (toRoot) {
            if (!toPath.equals("/") && !toPath.isEmpty()) {
                throw KernelCore.fail(Errno.EINVAL, op, "a container root is \"/\"");
            }
            SetupSupport.requireNotStarted(c, op);
            SetupSupport.requireNoRoot(c, op);
            sup.requireMntCapable(s, c, Capability.CAP_SYS_ADMIN, op);
            sup.attachRoot(c, m);
            return;
        }
        SetupSupport.requireRelative(toPath, op);
        SetupSupport.requireNotStarted(c, op);
        String target = SetupSupport.underRoot(c, toPath, op);
        SetupSupport.requireDirectory(SetupSupport.mntOf(c), target, op);
        sup.requireMntCapable(s, c, Capability.CAP_SYS_ADMIN, op);
        k.fs.attach(m, SetupSupport.mntOf(c), target);
    }

    /** OP-29 with AT_FDCWD: a mountpoint in S's own mount namespace. */
    private void moveToTaskPath(Task s, Mount m, String toPath, boolean toRoot) {
        String op = "move_mount";
        if (toRoot) {
            throw KernelCore.fail(Errno.EINVAL, op, "MOVE_MOUNT_T_CONTAINER_ROOT needs a container fd");
        }
        Namespace mnt = s.nsproxy.get(NsKind.MNT);
        String target = Filesystems.taskPath(s, toPath);
        SetupSupport.requireDirectory(mnt, target, op);
        if (!k.nsCapable(s, mnt.owner, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed over the mount namespace");
        }
        k.fs.attach(m, mnt, target);
    }
}
