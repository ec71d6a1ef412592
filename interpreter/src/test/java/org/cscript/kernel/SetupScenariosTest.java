package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cscript.abi.AddressFamily;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FileType;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.MoveMountFlags;
import org.cscript.abi.NsKind;
import org.junit.jupiter.api.Test;

/** The container set-up operations of kernel-model.md §3.4 (OP-26 .. OP-38) and scenarios S13-S16, S44. */
class SetupScenariosTest {
    private static final int AT_FDCWD = (int) FileFlags.AT_FDCWD;
    private static final long EMPTY = MoveMountFlags.F_EMPTY_PATH;
    private static final long ROOT = MoveMountFlags.F_EMPTY_PATH | MoveMountFlags.T_CONTAINER_ROOT;

    private static long cmd(FsconfigCommand c) {
        return c.number();
    }

    /** fsopen + CMD_CREATE + fsmount of a source-less type: a detached mount fd. */
    private static int detachedMount(Sim s, String type) {
        int fsfd = s.op(() -> s.k.setup().fsopen(s.orch, type, -1, 0));
        s.run(() -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.CMD_CREATE), null, null, 0));
        return s.op(() -> s.k.setup().fsmount(s.orch, fsfd, 0, 0));
    }

    @Test
    void bootFilesystem() {
        Sim s = new Sim();
        Namespace mnt = s.orch.nsproxy.get(NsKind.MNT);
        assertEquals(2, mnt.mounts.mounts().size());
        assertEquals(1, mnt.mounts.mounts().get(0).id);
        assertEquals(2, mnt.mounts.mounts().get(1).id);
        assertNotNull(Filesystems.entry(mnt, "/usr/bin"));
        assertEquals(FsType.PROC, mnt.mounts.resolve("/proc").mount().sb.type);
        assertNull(Filesystems.entry(mnt, "/usr/bin/runc"));
        assertNull(Filesystems.entry(mnt, "/usr/../usr"));
        assertNotNull(Filesystems.entry(mnt, "//usr//bin/"));
    }

    @Test
    void s13_setUp2019() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "fred", ContainerFlags.NEW_EMPTY_FS_NS);
        s.event(1, "NS_CREATE nstype=mnt", "CONTAINER_OBJ op=create", "SYSCALL");
        s.fails(Errno.ENOENT, () -> s.k.forkIntoContainer(s.orch, cfd));
        int fsfd = s.op(() -> s.k.setup().fsopen(s.orch, "ext4", -1, 0));
        assertEquals(4, fsfd);
        s.run(() -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.SET_CONTAINER), null, null, cfd));
        s.run(() -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.SET_STRING), "source", "/dev/sda3", 0));
        s.run(() -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.SET_FLAG), "user_xattr", null, 0));
        s.run(() -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.CMD_CREATE), null, null, 0));
        s.fails(Errno.EBUSY, () -> s.k.setup().fsconfig(s.orch, fsfd, cmd(FsconfigCommand.SET_STRING), "source", "x", 0));
        int mfd = s.op(() -> s.k.setup().fsmount(s.orch, fsfd, 0, 0));
        assertEquals(5, mfd);
        assertEquals(new FileView(FileView.Kind.MOUNT, "ext4", 3), s.k.describeFd(s.orch, mfd));
        s.run(() -> s.k.setup().moveMount(s.orch, mfd, "", cfd, "/", ROOT));
        int again = s.op(() -> s.k.setup().fsmount(s.orch, fsfd, 0, 0));
        s.fails(Errno.EBUSY, () -> s.k.setup().moveMount(s.orch, again, "", cfd, "/", ROOT));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "proc", 0755));
        s.fails(Errno.EINVAL, () -> s.k.setup().mkdirat(s.orch, cfd, "/etc", 0755));
        s.fails(Errno.ENOENT, () -> s.k.setup().mkdirat(s.orch, cfd, "a/b", 0755));
        int proc = detachedMount(s, "proc");
        s.run(() -> s.k.setup().moveMount(s.orch, proc, "", cfd, "proc", EMPTY));
        s.fails(Errno.EEXIST, () -> s.k.setup().mkdirat(s.orch, cfd, "proc", 0755));
        int other = detachedMount(s, "tmpfs");
        s.fails(Errno.ENOENT, () -> s.k.setup().moveMount(s.orch, other, "", cfd, "nope", EMPTY));
        Task i = s.forkInto(s.orch, cfd);
        s.event(2, "CONTAINER_OBJ op=start ctr=1 opid=101 pid=100", "SYSCALL");
        s.fails(Errno.EBUSY, () -> s.k.setup().moveMount(s.orch, other, "", cfd, "proc", EMPTY));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "tmp", 0755));
        s.noEvent();
        // the init sees the container's tree at its root
        assertNotNull(Filesystems.entry(i.nsproxy.get(NsKind.MNT), Filesystems.taskPath(i, "/tmp")));
        assertEquals(FsType.PROC, i.nsproxy.get(NsKind.MNT).mounts.resolve("/proc").mount().sb.type);
    }

    @Test
    void s14_setUp2017() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "old", ContainerFlags.NEW_EMPTY_FS_NS);
        s.run(() -> s.k.setup().containerMount(s.orch, cfd, "/dev/sdb1", null, "ext4", 0, ""));
        s.fails(Errno.ENOENT, () -> s.k.setup().containerMount(s.orch, cfd, "proc", "proc", "proc", 0, ""));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "proc", 0755));
        s.run(() -> s.k.setup().containerMount(s.orch, cfd, "proc", "proc", "proc", 0, ""));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "etc", 0755));
        s.run(() -> s.k.setup().containerBindMountAcross(s.orch, cfd, "/etc", "etc"));
        s.fails(Errno.ENOENT, () -> s.k.setup().containerChroot(s.orch, cfd, "srv"));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "srv", 0755));
        s.run(() -> s.k.setup().containerChroot(s.orch, cfd, "srv"));
        assertEquals("/srv", s.k.core.containers.get(1L).root);
        s.fails(Errno.EINVAL, () -> s.k.setup().containerMount(s.orch, cfd, "", "x", "xfs", 0, ""));
        Task i = s.forkInto(s.orch, cfd);
        assertEquals("/srv", i.root);
        s.fails(Errno.EBUSY, () -> s.k.setup().containerMount(s.orch, cfd, "proc", "proc", "proc", 0, ""));
        s.fails(Errno.EBUSY, () -> s.k.setup().containerChroot(s.orch, cfd, "/"));
        s.fails(Errno.EBUSY, () -> s.k.setup().containerBindMountAcross(s.orch, cfd, "/etc", "etc"));
    }

    @Test
    void s15_filesAndDevices() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "fred", ContainerFlags.NEW_EMPTY_FS_NS);
        s.run(() -> s.k.setup().containerMount(s.orch, cfd, "/dev/sda3", null, "ext4", 0, ""));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "dev", 0755));
        s.run(() -> s.k.setup().mknodat(s.orch, cfd, "dev/null", FileType.CHR, 0666, 1, 3));
        s.run(() -> s.k.setup().mknodat(s.orch, cfd, "dev/zero", FileType.CHR, 0666, 1, 5));
        Task w = s.fork(s.orch);
        s.run(() -> s.k.capset(w, Sim.allBut(Capability.CAP_MKNOD)));
        s.fails(Errno.EPERM, () -> s.k.setup().mknodat(w, cfd, "dev/tty", FileType.CHR, 0666, 5, 0));
        long excl = FileFlags.O_CREAT | FileFlags.O_EXCL;
        int hosts = s.op(() -> s.k.setup().openat(s.orch, cfd, "hosts", excl, 0644));
        assertEquals(FileView.Kind.REGULAR, s.k.describeFd(s.orch, hosts).kind());
        assertEquals("/hosts", s.k.describeFd(s.orch, hosts).name());
        s.fails(Errno.EEXIST, () -> s.k.setup().openat(s.orch, cfd, "hosts", excl, 0644));
        s.fails(Errno.ENOENT, () -> s.k.setup().openat(s.orch, cfd, "missing", 0, 0));
        s.run(() -> s.k.setup().containerAllowDevice(s.orch, cfd, "chr", 1, 3));
        Task i = s.forkInto(s.orch, cfd);
        s.op(() -> s.k.setup().openat(i, AT_FDCWD, "/dev/null", 0, 0));
        s.fails(Errno.EPERM, () -> s.k.setup().openat(i, AT_FDCWD, "/dev/zero", 0, 0));
        s.fails(Errno.EBUSY, () -> s.k.setup().containerAllowDevice(s.orch, cfd, "chr", 1, 5));
        // the host is unrestricted
        s.fails(Errno.ENOENT, () -> s.k.setup().openat(s.orch, AT_FDCWD, "/dev/null", 0, 0));
    }

    @Test
    void s16_containerSocket() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "n", ContainerFlags.NEW_NET_NS);
        s.newLines();
        int sock = s.op(() -> s.k.setup().containerSocket(s.orch, cfd, AddressFamily.AF_NETLINK.number(), 3, 0));
        assertEquals(4, sock);
        assertEquals(new FileView(FileView.Kind.SOCKET, "AF_NETLINK", 4026532000L), s.k.describeFd(s.orch, sock));
        s.fails(Errno.EAFNOSUPPORT, () -> s.k.setup().containerSocket(s.orch, cfd, 99, 1, 0));
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfFd(s.orch, sock), "10.0.0.1", "10.0.0.2", 6, 0));
        s.event(2, "NETFILTER_PKT netns=4026532000");
        Task i = s.forkInto(s.orch, cfd);
        s.contidWrite(s.orch, i, "42");
        s.newLines();
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfFd(s.orch, sock), "10.0.0.1", "10.0.0.2", 6, 0));
        s.event(5, "NETFILTER_PKT netns=4026532000", "CONTAINER_INFO netns=4026532000 contid=42");
        // the socket keeps the net namespace alive after the container is gone
        s.exit(i, 0);
        s.close(s.orch, cfd);
        s.newLines();
        s.close(s.orch, sock);
        s.event(8, "NS_DESTROY nstype=net ns=4026532000", "SYSCALL syscall=3");
    }

    @Test
    void s44_sharedNamespace() {
        Sim s = new Sim();
        int cx = s.create(s.orch, "X", ContainerFlags.NEW_NET_NS);
        Task x = s.forkInto(s.orch, cx);
        s.contidWrite(s.orch, x, "100");
        int cy = s.create(s.orch, "Y", 0);
        int f = s.op(() -> s.k.nsOpen(s.orch, x, "net"));
        s.newLines();
        s.run(() -> s.k.setup().fsconfig(s.orch, cy, cmd(FsconfigCommand.SET_NAMESPACE), "net", null, f));
        s.event(5, "CONTAINER_OBJ op=set-ns ctr=2 nstype=net nsdev=00:04 old-ns=4026531992 new-ns=4026532000 pid=100",
                "SYSCALL syscall=431 success=yes exit=0 a0=4 a1=65");
        s.run(() -> s.k.setup().fsconfig(s.orch, cy, cmd(FsconfigCommand.SET_NAMESPACE), "net", null, f));
        s.noEvent(); // already in the slot
        s.run(() -> s.k.setup().fsconfig(s.orch, cy, cmd(FsconfigCommand.CMD_CREATE_CONTAINER), null, null, 0));
        s.fails(Errno.EBUSY, () -> s.k.setup().fsconfig(s.orch, cy, cmd(FsconfigCommand.SET_NAMESPACE), "net", null, f));
        Task y = s.forkInto(s.orch, cy);
        s.contidWrite(s.orch, y, "200");
        s.newLines();
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfTask(x), "10.0.0.1", "10.0.0.2", 6, 0));
        s.event(8, "NETFILTER_PKT netns=4026532000", "CONTAINER_INFO netns=4026532000 contid=100,200");
    }

    @Test
    void aBoundFsContextKeepsAClosedContainerUntilItIsReleased() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "c", ContainerFlags.NEW_UTS_NS);
        int fsfd = s.op(() -> s.k.setup().fsopen(s.orch, "tmpfs", cfd, 0));
        s.newLines();
        s.close(s.orch, cfd);
        s.noEvent(); // the bound context still holds a usage reference
        s.close(s.orch, fsfd);
        s.event(2, "CONTAINER_OBJ op=destroy ctr=1", "NS_DESTROY nstype=uts", "SYSCALL syscall=3");
    }

    @Test
    void descriptorsOfTheNewKinds() {
        Sim s = new Sim();
        int cfd = s.create(s.orch, "c", ContainerFlags.NEW_NET_NS);
        int fsfd = s.op(() -> s.k.setup().fsopen(s.orch, "tmpfs", -1, 0));
        int mfd = detachedMount(s, "tmpfs");
        int sock = s.op(() -> s.k.setup().containerSocket(s.orch, cfd, AddressFamily.AF_UNIX.number(), 1, 0));
        int file = s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/tmp/x", FileFlags.O_CREAT | FileFlags.O_CLOEXEC, 0644));
        assertEquals(new FileView(FileView.Kind.FS_CONTEXT, "tmpfs", -1), s.k.describeFd(s.orch, fsfd));
        for (int fd : new int[] {fsfd, mfd, sock, file}) {
            s.fails(Errno.EINVAL, () -> s.k.setns(s.orch, fd, 0));
            int copy = s.op(() -> s.k.dup(s.orch, fd));
            assertEquals(s.k.describeFd(s.orch, fd), s.k.describeFd(s.orch, copy));
            s.close(s.orch, copy);
        }
        Task r = s.fork(s.orch);
        int passed = s.op(() -> s.k.fdPass(s.orch, sock, r));
        assertEquals(FileView.Kind.SOCKET, s.k.describeFd(r, passed).kind());
        s.run(() -> s.k.execve(s.orch, "/bin/x"));
        assertNull(s.k.describeFd(s.orch, file)); // O_CLOEXEC
        assertNotNull(s.k.describeFd(s.orch, sock));
    }

    @Test
    void execCheckPath() {
        Sim s = Sim.with("exec.check_path", "true");
        s.fails(Errno.ENOENT, () -> s.k.execve(s.orch, "/bin/sh"));
        s.fails(Errno.ENOENT, () -> s.k.execve(s.orch, "/bin"));
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/bin/sh", FileFlags.O_CREAT, 0755));
        s.run(() -> s.k.execve(s.orch, "/bin/sh"));
        assertEquals("sh", s.orch.comm());
        Task t = s.fork(s.orch);
        s.run(() -> s.k.unshare(t, Sim.NEWNS)); // the copy sees the same superblocks
        s.run(() -> s.k.execve(t, "bin/sh"));
    }
}
