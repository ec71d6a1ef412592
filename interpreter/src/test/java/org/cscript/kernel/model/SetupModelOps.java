package org.cscript.kernel.model;

import static org.cscript.kernel.model.ModelOps.fd;
import static org.cscript.kernel.model.ModelOps.of;
import static org.cscript.kernel.model.ModelOps.t;
import static org.cscript.kernel.model.ModelOps.text;

import java.util.List;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FileType;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.MoveMountFlags;
import org.cscript.kernel.FileView;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.Task;

/**
 * The generator's container set-up operations, kernel-model.md §3.4 (OP-26 .. OP-38), as
 * {@link ModelOps} entries; fsconfig is two, "fsconfig" on fs contexts (OP-27) and
 * "fsconfig_container" on container descriptors (OP-30), so that each must succeed. Paths are a
 * small shared vocabulary ("d", "f", "dev/null", "/tmp/f") so that one step creates what another
 * mounts on, opens or trips over (EEXIST, ENOTDIR).
 * A pick that names a table row prints the row; descriptors resolve through {@link World}.
 */
final class SetupModelOps {
    private static final FileView.Kind CTR = FileView.Kind.CONTAINER;
    private static final FileView.Kind FSC = FileView.Kind.FS_CONTEXT;
    private static final FileView.Kind MNT = FileView.Kind.MOUNT;
    private static final long F = MoveMountFlags.F_EMPTY_PATH;
    private static final long R = MoveMountFlags.T_CONTAINER_ROOT;

    static final String[] FSTYPES = {"tmpfs", "tmpfs", "tmpfs", "proc", "sysfs", "cgroup2", "ext4", "xfs", "nfs"};

    /**
     * One fsconfig call: the command and its key and value, the kind of descriptor it goes to
     * (an fs context: OP-27; a container: OP-30; another kind: EINVAL), and what its aux names:
     * nothing (null), a descriptor of a kind, or (auxClosed) one that is not open.
     */
    record Fsconfig(String label, long cmd, String key, String value, FileView.Kind on, FileView.Kind aux,
            boolean auxClosed) {
        static Fsconfig of(FsconfigCommand cmd, String key, String value, FileView.Kind on, FileView.Kind aux) {
            return new Fsconfig(cmd.name() + (key == null ? "" : " " + key + (value == null ? "" : "=" + value)),
                    cmd.number(), key, value, on, aux, false);
        }

        Fsconfig closedAux() {
            return new Fsconfig(label + " (aux closed)", cmd, key, value, on, aux, true);
        }
    }

    /** OP-27's calls, on fs contexts (and twice on other kinds: a container, an nsfs file). */
    static final Fsconfig[] FSCONFIG = {
        Fsconfig.of(FsconfigCommand.SET_STRING, "source", "/dev/sdb", FSC, null),
        Fsconfig.of(FsconfigCommand.SET_FLAG, "ro", null, FSC, null),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FSC, null),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FSC, null),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FSC, null),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FSC, null),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FSC, null),
        Fsconfig.of(FsconfigCommand.SET_CONTAINER, null, null, FSC, CTR),
        Fsconfig.of(FsconfigCommand.SET_CONTAINER, null, null, FSC, CTR).closedAux(),
        Fsconfig.of(FsconfigCommand.SET_STRING, "", "x", FSC, null),
        new Fsconfig("command 42", 42, null, null, FSC, null, false),
        Fsconfig.of(FsconfigCommand.SET_FD, "rootfs", null, FSC, MNT),
        Fsconfig.of(FsconfigCommand.CMD_CREATE, null, null, FileView.Kind.NSFS, null)};

    /** OP-30's calls, on container descriptors (and once on an fs context). */
    static final Fsconfig[] FSCONFIG_CONTAINER = {
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "net", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "uts", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "user", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "mnt", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "pid", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "bogus", null, CTR, FileView.Kind.NSFS),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "net", null, CTR, FileView.Kind.NSFS).closedAux(),
        Fsconfig.of(FsconfigCommand.SET_FD, "rootfs", null, CTR, MNT),
        Fsconfig.of(FsconfigCommand.SET_FD, "rootfs", null, CTR, MNT),
        Fsconfig.of(FsconfigCommand.SET_FD, "rootfs", null, CTR, MNT).closedAux(),
        Fsconfig.of(FsconfigCommand.SET_FD, "root", null, CTR, MNT),
        Fsconfig.of(FsconfigCommand.CMD_CREATE_CONTAINER, null, null, CTR, null),
        Fsconfig.of(FsconfigCommand.SET_STRING, "source", "x", CTR, null),
        Fsconfig.of(FsconfigCommand.SET_NAMESPACE, "net", null, FSC, FileView.Kind.NSFS)};

    /** Where a dirfd-taking call goes: AT_FDCWD, a container descriptor, or a descriptor that is not open. */
    enum Dir { AT, CFD, CLOSED }

    /** One move_mount target: the to-dirfd and path, the flags, and the from-path ("" is the only valid one). */
    record Move(Dir to, String toPath, long flags, String fromPath) {
        @Override
        public String toString() {
            return "\"" + toPath + "\", 0x" + Long.toHexString(flags) + (fromPath.isEmpty() ? "" : ", from \""
                    + fromPath + "\"");
        }
    }

    static final Move[] MOVES = {new Move(Dir.AT, "/mnt", F, ""), new Move(Dir.AT, "/mnt", F, ""),
        new Move(Dir.AT, "/tmp", F, ""), new Move(Dir.AT, "mnt", F, ""), new Move(Dir.AT, "/home", F, ""),
        new Move(Dir.CFD, "/", F | R, ""), new Move(Dir.CFD, "/", F | R, ""), new Move(Dir.CFD, "", F | R, ""),
        new Move(Dir.CFD, "tmp", F, ""), new Move(Dir.CFD, "proc", F, ""), new Move(Dir.CFD, "d", F, ""),
        new Move(Dir.AT, "/nope", F, ""), new Move(Dir.AT, "/tmp/f", F, ""), new Move(Dir.AT, "/mnt", F | R, ""),
        new Move(Dir.AT, "/mnt", 0, ""), new Move(Dir.AT, "/mnt", F, "x"), new Move(Dir.AT, "/mnt", F | 0x1, ""),
        new Move(Dir.CFD, "x", F | R, ""), new Move(Dir.CFD, "/proc", F, ""), new Move(Dir.CFD, "nope", F, ""),
        new Move(Dir.CLOSED, "proc", F, "")};

    /** container_mount's arguments (a null target is the container root). */
    record CMount(String source, String target, String fstype, String data) {
    }

    static final CMount[] CMOUNTS = {new CMount("none", null, "tmpfs", ""), new CMount("/dev/sdb", null, "ext4", "ro"),
        new CMount("", null, "ext4", ""), new CMount("proc", "proc", "proc", ""),
        new CMount("tmpfs", "tmp", "tmpfs", "size=1m,mode=755"), new CMount("x", "/proc", "proc", ""),
        new CMount("x", "nope", "tmpfs", ""), new CMount("x", "d", "tmpfs", ""), new CMount("x", "f", "tmpfs", ""),
        new CMount("x", "tmp/f", "tmpfs", ""), new CMount("x", "dev", "sysfs", ""), new CMount("x", "tmp", "nfs", ""),
        new CMount(null, "mnt", "cgroup2", null)};

    static final String[] CHROOTS = {"/", "/tmp", "tmp", "d", "d/e", "nope", "f", "tmp/f", "/nope", "./d"};

    /** container_bind_mount_across: the source (S's path) and the target (null: the container root). */
    static final String[][] BINDS = {{"/tmp", null}, {"/etc", "mnt"}, {"/", "d"}, {"/nope", "tmp"}, {"/tmp", "/mnt"},
        {"/usr", "nope"}, {"/tmp", "f"}, {"/tmp", "tmp/f"}, {"mnt", "tmp"}};

    /** mkdirat's dirfd and path. */
    record PathAt(Dir dir, String path) {
        @Override
        public String toString() {
            return "\"" + path + "\"";
        }
    }

    static final PathAt[] MKDIRS = {new PathAt(Dir.CFD, "d"), new PathAt(Dir.CFD, "d/e"), new PathAt(Dir.CFD, "dev"),
        new PathAt(Dir.CFD, "/d"), new PathAt(Dir.CFD, "x/y"), new PathAt(Dir.CFD, "f/x"), new PathAt(Dir.CFD, "./d"),
        new PathAt(Dir.AT, "/tmp/d"), new PathAt(Dir.AT, "d"), new PathAt(Dir.AT, "/nope/x"),
        new PathAt(Dir.AT, "/tmp/f/x")};

    /** mknodat's dirfd, path, type and device numbers. */
    record Node(Dir dir, String path, FileType type, long major, long minor) {
        @Override
        public String toString() {
            return "\"" + path + "\" " + type.label() + (type.isDevice() ? " " + major + ":" + minor : "");
        }
    }

    static final Node[] NODES = {new Node(Dir.CFD, "f", FileType.FILE, 0, 0),
        new Node(Dir.CFD, "dev/null", FileType.CHR, 1, 3), new Node(Dir.CFD, "dev/sda", FileType.BLK, 8, 0),
        new Node(Dir.CFD, "p", FileType.FIFO, 0, 0), new Node(Dir.CFD, "d/f", FileType.FILE, 0, 0),
        new Node(Dir.AT, "/tmp/f", FileType.FILE, 0, 0), new Node(Dir.AT, "/dev/null", FileType.CHR, 1, 3),
        new Node(Dir.AT, "/dev/zero", FileType.CHR, 1, 5), new Node(Dir.CFD, "/f", FileType.FILE, 0, 0),
        new Node(Dir.CFD, "nope/f", FileType.FILE, 0, 0), new Node(Dir.CFD, "dev", FileType.FILE, 0, 0),
        new Node(Dir.CFD, "dev/null", FileType.CHR, 1, 3), new Node(Dir.AT, "/dev/sda", FileType.BLK, 8, 0)};

    /** openat's dirfd, path and flags. */
    record Open(Dir dir, String path, long oflags) {
        @Override
        public String toString() {
            return "\"" + path + "\" 0x" + Long.toHexString(oflags);
        }
    }

    private static final long CREAT = FileFlags.O_CREAT;

    static final Open[] OPENS = {new Open(Dir.CFD, "f", 0), new Open(Dir.CFD, "g", CREAT),
        new Open(Dir.CFD, "g", CREAT | FileFlags.O_EXCL), new Open(Dir.CFD, "dev/null", 0), new Open(Dir.CFD, "/f", 0),
        new Open(Dir.CFD, "nope/g", CREAT), new Open(Dir.CFD, "f/g", CREAT),
        new Open(Dir.AT, "/tmp/f", CREAT | FileFlags.O_CLOEXEC), new Open(Dir.AT, "/dev/null", 0),
        new Open(Dir.AT, "/dev/zero", FileFlags.O_CLOEXEC), new Open(Dir.AT, "/nope", 0), new Open(Dir.AT, "/tmp/h", 0),
        new Open(Dir.AT, "/bin/sh", CREAT), new Open(Dir.CFD, "dev/null", 0), new Open(Dir.CFD, "dev/sda", 0),
        new Open(Dir.AT, "/dev/null", 0), new Open(Dir.AT, "/dev/sda", FileFlags.O_CLOEXEC)};

    static final Long[] DOMAINS = {1L, 2L, 10L, 16L, 3L, 2L};

    /** container_allow_device's type, major and minor (ANY_MINOR is "*"). */
    record Device(String type, long major, long minor) {
        @Override
        public String toString() {
            return type + " " + major + ":" + (minor == Kernel.ANY_MINOR ? "*" : Long.toString(minor));
        }
    }

    static final Device[] DEVICES = {new Device("chr", 1, 3), new Device("chr", 1, Kernel.ANY_MINOR),
        new Device("blk", 8, 0), new Device("chr", 5, 1), new Device("file", 1, 1), new Device("bogus", 0, 0)};

    private SetupModelOps() {
    }

    /** A new entry; not ModelOps.op, so that building this list never initialises ModelOps (whose ALL reads it). */
    private static ModelOps.Op op(String name, int weight, ModelOps.Describe describe, ModelOps.Action action) {
        return new ModelOps.Op(name, weight, describe, action);
    }

    /** A dirfd for {@code dir}: AT_FDCWD, a container descriptor of s (the pick), or one that is not open. */
    private static int dirfd(World w, Task s, Dir dir, int pick) {
        return dir == Dir.CLOSED ? w.dirfd(s, false, World.CLOSED_PICK) : w.dirfd(s, dir == Dir.AT, pick);
    }

    /** How a dirfd prints: AT_FDCWD, the container descriptor pick, or a closed descriptor. */
    private static String at(Dir dir, int pick) {
        return switch (dir) {
            case AT -> "AT_FDCWD";
            case CFD -> "c" + fd(pick);
            case CLOSED -> "closed fd";
        };
    }

    /** The aux descriptor of an fsconfig row: none (0), one of its kind, or one that is not open. */
    private static int aux(World w, Task s, Fsconfig f, int pick) {
        if (f.aux() == null) {
            return 0;
        }
        return w.fd(s, f.aux(), f.auxClosed() ? World.CLOSED_PICK : pick);
    }

    /** fsconfig with a row of {@code table} (c) on a descriptor (b) of the row's kind held by a task (a). */
    private static void fsconfig(World w, Fsconfig[] table, int a, int b, int c) {
        Fsconfig f = of(table, c);
        Task s = w.holder(a, f.on());
        int fd = w.fd(s, f.on(), b);
        w.k.setup().fsconfig(s, fd, f.cmd(), f.key(), f.value(), aux(w, s, f, c / table.length));
    }

    private static String fsconfigArgs(Fsconfig[] table, int a, int b, int c) {
        Fsconfig f = of(table, c);
        return t(a) + ", " + f.on().label() + " " + fd(b) + ", " + f.label() + (f.aux() == null ? ""
                : ", " + f.aux().label() + " " + fd(c / table.length));
    }

    private static String fsopenArgs(int a, int b, int c) {
        return t(a) + ", " + text(FSTYPES, b) + switch (c % 6) {
            case 4 -> ", c" + fd(c / 6);
            case 5 -> ", flags 1";
            default -> "";
        };
    }

    /** OP-26 .. OP-38. */
    static final List<ModelOps.Op> OPS = List.of(
            op("fsopen", 4, SetupModelOps::fsopenArgs, (w, a, b, c) -> {
                boolean bound = c % 6 == 4;
                Task s = w.holder(a, bound ? CTR : null);
                int cfd = bound ? w.cfd(s, c / 6) : -1;
                w.adopt(w.k.setup().fsopen(s, of(FSTYPES, b), cfd, c % 6 == 5 ? 1 : 0));
            }),
            op("fsconfig", 6, (a, b, c) -> fsconfigArgs(FSCONFIG, a, b, c),
                    (w, a, b, c) -> fsconfig(w, FSCONFIG, a, b, c)),
            op("fsconfig_container", 4, (a, b, c) -> fsconfigArgs(FSCONFIG_CONTAINER, a, b, c),
                    (w, a, b, c) -> fsconfig(w, FSCONFIG_CONTAINER, a, b, c)),
            op("fsmount", 3, (a, b, c) -> t(a) + ", fs_context " + fd(b) + (c % 6 == 4 ? ", flags 1" : "")
                    + (c % 6 == 5 ? ", attr 1" : ""), (w, a, b, c) -> {
                        Task s = w.holder(a, FSC);
                        w.adopt(w.k.setup().fsmount(s, w.fd(s, FSC, b), c % 6 == 4 ? 1 : 0, c % 6 == 5 ? 1 : 0));
                    }),
            op("move_mount", 4, (a, b, c) -> t(a) + ", mount " + fd(b) + ", " + at(of(MOVES, c).to(), c / MOVES.length)
                    + ", " + of(MOVES, c),
                    (w, a, b, c) -> {
                        Move m = of(MOVES, c);
                        Task s = w.holder(a, MNT);
                        int from = w.fd(s, MNT, b);
                        int to = dirfd(w, s, m.to(), c / MOVES.length);
                        w.k.setup().moveMount(s, from, m.fromPath(), to, m.toPath(), m.flags());
                    }),
            op("container_mount", 3, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + of(CMOUNTS, c), (w, a, b, c) -> {
                CMount m = of(CMOUNTS, c);
                Task s = w.holder(a, CTR);
                w.k.setup().containerMount(s, w.cfd(s, b), m.source(), m.target(), m.fstype(), 0, m.data());
            }),
            op("container_chroot", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + text(CHROOTS, c), (w, a, b, c) -> {
                Task s = w.holder(a, CTR);
                w.k.setup().containerChroot(s, w.cfd(s, b), of(CHROOTS, c));
            }),
            op("container_bind_mount_across", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + String.join(" -> ",
                    String.valueOf(of(BINDS, c)[0]), String.valueOf(of(BINDS, c)[1])), (w, a, b, c) -> {
                        Task s = w.holder(a, CTR);
                        w.k.setup().containerBindMountAcross(s, w.cfd(s, b), of(BINDS, c)[0], of(BINDS, c)[1]);
                    }),
            op("mkdirat", 3, (a, b, c) -> t(a) + ", " + at(of(MKDIRS, c).dir(), b) + ", " + of(MKDIRS, c),
                    (w, a, b, c) -> {
                        PathAt p = of(MKDIRS, c);
                        Task s = w.holder(a, CTR);
                        w.k.setup().mkdirat(s, dirfd(w, s, p.dir(), b), p.path(), 0755);
                    }),
            op("mknodat", 3, (a, b, c) -> t(a) + ", " + at(of(NODES, c).dir(), b) + ", " + of(NODES, c),
                    (w, a, b, c) -> {
                        Node n = of(NODES, c);
                        Task s = w.holder(a, CTR);
                        w.k.setup().mknodat(s, dirfd(w, s, n.dir(), b), n.path(), n.type(), 0644, n.major(), n.minor());
                    }),
            op("openat", 3, (a, b, c) -> t(a) + ", " + at(of(OPENS, c).dir(), b) + ", " + of(OPENS, c),
                    (w, a, b, c) -> {
                        Open o = of(OPENS, c);
                        Task s = w.holder(a, CTR);
                        w.adopt(w.k.setup().openat(s, dirfd(w, s, o.dir(), b), o.path(), o.oflags(), 0644));
                    }),
            op("container_socket", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", domain " + of(DOMAINS, c),
                    (w, a, b, c) -> {
                        Task s = w.holder(a, CTR);
                        w.adopt(w.k.setup().containerSocket(s, w.cfd(s, b), of(DOMAINS, c), 1, 0));
                    }),
            op("container_allow_device", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", " + of(DEVICES, c),
                    (w, a, b, c) -> {
                        Device d = of(DEVICES, c);
                        Task s = w.holder(a, CTR);
                        w.k.setup().containerAllowDevice(s, w.cfd(s, b), d.type(), d.major(), d.minor());
                    }));
}
