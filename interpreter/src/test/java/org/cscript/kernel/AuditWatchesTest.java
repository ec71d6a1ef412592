package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.FileType;
import org.junit.jupiter.api.Test;

/**
 * Audit watches (auditctl -w, -F path=, -F dir=) on the model's filesystem: which operations
 * they catch, and the SYSCALL, CWD and PATH records of the events they select (auditctl.md,
 * records.md "PATH").
 */
class AuditWatchesTest {
    private static final int AT_FDCWD = (int) FileFlags.AT_FDCWD;
    private static final String CAPS = " cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0";

    /** The records of one event without the "type=T msg=audit(...): " prefix, each with its type in front. */
    private static List<String> bodies(List<String> lines) {
        return lines.stream().map(l -> l.substring(5, l.indexOf(' ')) + ":" + l.substring(l.indexOf("): ") + 2)).toList();
    }

    @Test
    void fileWatchCatchesWritesOfAFileCreatedAfterTheRule() {
        Sim s = new Sim();
        s.run(() -> s.k.auditctl("-w /etc/shadow -p wa -k shadow"));
        int fd = s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/etc/shadow", FileFlags.O_WRONLY | FileFlags.O_CREAT, 0600));
        List<String> event = bodies(s.newLines());
        assertEquals(4, event.size(), event.toString());
        assertTrue(event.get(0).startsWith("SYSCALL: arch=c000003e syscall=257 success=yes exit=" + fd
                + " a0=ffffffffffffff9c a1=0 a2=41 a3=180 items=2 ppid=1 pid=100 "), event.get(0));
        assertTrue(event.get(0).endsWith(" key=\"shadow\""), event.get(0));
        assertEquals("CWD: cwd=\"/\"", event.get(1));
        assertEquals("PATH: item=0 name=\"/etc/\" inode=5 dev=00:21 mode=040755 ouid=0 ogid=0 rdev=00:00 nametype=PARENT"
                + CAPS, event.get(2));
        assertEquals("PATH: item=1 name=\"/etc/shadow\" inode=16 dev=00:21 mode=0100600 ouid=0 ogid=0 rdev=00:00"
                + " nametype=CREATE" + CAPS, event.get(3));
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/etc/shadow", FileFlags.O_RDONLY, 0));
        s.noEvent();
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/etc/shadow", FileFlags.O_RDWR, 0));
        event = bodies(s.newLines());
        assertEquals(List.of("CWD: cwd=\"/\"", "PATH: item=0 name=\"/etc/shadow\" inode=16 dev=00:21 mode=0100600"
                + " ouid=0 ogid=0 rdev=00:00 nametype=NORMAL" + CAPS), event.subList(1, 3));
        assertTrue(event.get(0).contains(" items=1 "), event.get(0));
    }

    @Test
    void openWithOCreatButReadOnlyIsARead() {
        Sim s = new Sim();
        s.run(() -> s.k.auditctl("-w /tmp/x -p w -k w"));
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/tmp/x", FileFlags.O_CREAT, 0644));
        s.noEvent();
        s.run(() -> s.k.auditctl("-w /tmp/x -p r -k r"));
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/tmp/x", FileFlags.O_CREAT, 0644));
        List<String> event = bodies(s.newLines());
        assertTrue(event.get(0).endsWith("key=\"r\""), event.get(0));
        assertTrue(event.get(3).contains("nametype=NORMAL"), "the file exists now: " + event);
    }

    @Test
    void directoryWatchCoversItsTreeThroughABindMountAndNamesAsTheCallerWroteThem() {
        Sim s = new Sim();
        s.run(() -> s.k.setup().mkdirat(s.orch, AT_FDCWD, "/srv", 0755));
        s.run(() -> s.k.setup().mkdirat(s.orch, AT_FDCWD, "/srv/web", 0755));
        s.run(() -> s.k.setup().mkdirat(s.orch, AT_FDCWD, "/srv/web/etc", 0755));
        int cfd = s.op(() -> s.k.containerCreate(s.orch, "web", ContainerFlags.NEW_EMPTY_FS_NS, 0, 0, 0));
        s.run(() -> s.k.setup().containerBindMountAcross(s.orch, cfd, "/srv/web", null));
        Task i = s.op(() -> s.k.forkIntoContainer(s.orch, cfd));
        s.newLines();
        s.run(() -> s.k.auditctl("-w /srv/web/etc/ -p wa -k web"));
        assertEquals("-w /srv/web/etc -p wa -k web", s.k.auditctl("-l"));
        s.run(() -> s.k.setup().mknodat(i, AT_FDCWD, "/etc/null", FileType.CHR, 0666, 1, 3));
        List<String> event = bodies(s.newLines());
        assertTrue(event.get(0).startsWith("SYSCALL: arch=c000003e syscall=259 success=yes exit=0"), event.get(0));
        assertEquals("PATH: item=0 name=\"/etc/\" inode=18 dev=00:21 mode=040755 ouid=0 ogid=0 rdev=00:00"
                + " nametype=PARENT" + CAPS, event.get(2));
        assertEquals("PATH: item=1 name=\"/etc/null\" inode=19 dev=00:21 mode=020666 ouid=0 ogid=0 rdev=01:03"
                + " nametype=CREATE" + CAPS, event.get(3));
        s.run(() -> s.k.setup().mkdirat(s.orch, cfd, "etc/app", 0755));    // through the container fd: names as written
        event = bodies(s.newLines());
        assertEquals("CWD: cwd=\"/\"", event.get(1));
        assertTrue(event.get(2).startsWith("PATH: item=0 name=\"etc/\" inode=18 "), event.get(2));
        assertTrue(event.get(3).startsWith("PATH: item=1 name=\"etc/app\" inode=20 "), event.get(3));
        s.run(() -> s.k.setup().mkdirat(s.orch, AT_FDCWD, "/srv/other", 0755));
        s.noEvent();
        s.run(() -> s.k.auditctl("-W /srv/web/etc -p wa -k web"));
        s.run(() -> s.k.setup().mkdirat(i, AT_FDCWD, "/etc/more", 0755));
        s.noEvent();
    }

    @Test
    void execWatchAndAFailedOpenStillAudited() {
        Sim s = new Sim();
        s.run(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/bin/sh", FileFlags.O_WRONLY | FileFlags.O_CREAT, 0755));
        s.run(() -> s.k.auditctl("-w /bin/sh -p x -k exec"));
        s.run(() -> s.k.auditctl("-w /bin -p w -k bin"));
        Task t = s.op(() -> s.k.fork(s.orch));
        s.newLines();
        s.run(() -> s.k.execve(t, "/bin/sh"));
        List<String> event = bodies(s.newLines());
        assertTrue(event.get(0).contains(" items=1 ") && event.get(0).contains(" comm=\"sh\" exe=\"/bin/sh\" key=\"exec\""),
                event.get(0));
        assertTrue(event.get(2).startsWith("PATH: item=0 name=\"/bin/sh\" inode=16 dev=00:21 mode=0100755 "), event.get(2));
        s.fails(Errno.EEXIST, () -> s.k.setup().openat(t, AT_FDCWD, "/bin/sh", FileFlags.O_WRONLY | FileFlags.O_CREAT
                | FileFlags.O_EXCL, 0644));
        event = bodies(s.newLines());
        assertTrue(event.get(0).contains(" success=no exit=-17 ") && event.get(0).endsWith("key=\"bin\""), event.get(0));
        assertTrue(event.get(3).contains(" nametype=NORMAL "), event.get(3));
    }

    @Test
    void watchesAreExitRulesInOrderAndTheirKeysJoin() {
        Sim s = new Sim();
        s.run(() -> s.k.auditctl("-a never,exit -F arch=b64 -S openat -F auid=1000"));
        s.run(() -> s.k.auditctl("-w /tmp -p w -k tmp -k files"));
        assertEquals("-a never,exit -F arch=b64 -S openat -F auid=1000\n-w /tmp -p w -k tmp -k files",
                s.k.auditctl("-l"));
        s.run(() -> s.k.loginuidWrite(s.orch, s.orch, "1000"));
        s.newLines();
        s.op(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/tmp/a", FileFlags.O_WRONLY | FileFlags.O_CREAT, 0644));
        s.noEvent();
        s.run(() -> s.k.setup().mkdirat(s.orch, AT_FDCWD, "/tmp/d", 0755));
        List<String> event = bodies(s.newLines());
        assertTrue(event.get(0).endsWith(" key=746D700166696C6573"), event.get(0));
    }

    @Test
    void watchPathsAreRefusedAsTheKernelRefusesThem() {
        Sim s = new Sim();
        KernelException missing = org.junit.jupiter.api.Assertions.assertThrows(KernelException.class,
                () -> s.k.auditctl("-w /nope/file -p w"));
        assertEquals(Errno.ENOENT, missing.errno());
        assertEquals("cannot watch /nope/file: its directory /nope does not exist (the kernel keeps a watch on the"
                + " directory)", missing.detail());
        s.run(() -> s.k.setup().openat(s.orch, AT_FDCWD, "/tmp/f", FileFlags.O_CREAT, 0644));
        s.fails(Errno.ENOTDIR, () -> s.k.auditctl("-a always,exit -F path=/tmp/f/x -F perm=r"));
        s.fails(Errno.ENOENT, () -> s.k.auditctl("-a always,exit -F dir=/nope -F perm=r"));
        s.fails(Errno.EINVAL, () -> s.k.auditctl("-w etc/passwd"));
        s.fails(Errno.ENOENT, () -> s.k.auditctl("-W /etc/passwd -p wa"));
        assertEquals("No rules", s.k.auditctl("-l"));
    }

    @Test
    void minusEIsAuditEnabled() {
        Sim s = new Sim();
        s.run(() -> s.k.auditctl("-a always,exit -S getpid"));
        s.run(() -> s.k.auditctl("-e 0"));
        s.op(() -> s.k.getpid(s.orch));
        s.noEvent();
        s.run(() -> s.k.auditctl("-e 1"));
        s.op(() -> s.k.getpid(s.orch));
        assertFalse(s.newLines().isEmpty());
    }
}
