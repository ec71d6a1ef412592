package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.Keyctl;
import org.junit.jupiter.api.Test;

/** kernel-model.md §3.5 and §5 S46/S47: keys, keyrings and the request_key queue. */
class KeysScenariosTest {
    private static final long T = Keyctl.KEY_SPEC_THREAD_KEYRING;
    private static final long P = Keyctl.KEY_SPEC_PROCESS_KEYRING;
    private static final long SES = Keyctl.KEY_SPEC_SESSION_KEYRING;

    private static long add(Sim s, Task t, String type, String desc, String payload, long dest) {
        return s.op(() -> s.k.keys().addKey(t, type, desc, payload, dest));
    }

    private static long request(Sim s, Task t, String type, String desc) {
        return s.op(() -> s.k.keys().requestKey(t, type, desc));
    }

    /** S46 — the per-container keyring, searched after the task's own keyrings. */
    @Test
    void s46_containerKeyring() {
        Sim s = new Sim();
        assertEquals(1001, add(s, s.orch, "keyring", "ctr-ring", null, SES));
        assertEquals(1000, s.orch.sessionKeyring.serial);
        assertEquals(1002, add(s, s.orch, "user", "fs-key", "secret", 1001));
        int cfd = s.create(s.orch, "k", ContainerFlags.NEW_PID_NS);
        s.run(() -> s.k.keys().keyctlSetContainerKeyring(s.orch, cfd, 1001));
        Task i = s.forkInto(s.orch, cfd);
        s.newLines();                                       // the container's own events
        assertNull(i.sessionKeyring);
        assertEquals(1002, request(s, i, "user", "fs-key"));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(i, "user", "nope"));
        Task h = s.fork(s.init);
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(h, "user", "fs-key"));
        assertEquals(1003, s.op(() -> s.k.keys().containerAddKey(s.orch, "user", "k2", "v", cfd)));
        assertEquals(1004, add(s, i, "user", "k3", "v", 1001));
        Task m = s.fork(i);
        s.run(() -> s.k.capset(m, Set.of()));
        s.fails(Errno.EACCES, () -> s.k.keys().addKey(m, "user", "k4", "v", 1001));
        assertEquals(1003, request(s, m, "user", "k2"));   // usable by every member
        s.noEvent();                                        // keys force no records
    }

    /** S47 — Trond Myklebust's queue, found by walking up the user-namespace hierarchy. */
    @Test
    void s47_usernsQueue() {
        Sim s = Sim.with("keys.userns_queue", "true");
        int cfd = s.create(s.orch, "q", ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_PID_NS);
        Task i = s.forkInto(s.orch, cfd);
        int qfd = s.op(() -> s.k.keys().keyqCreate(i));
        assertEquals(new FileView(FileView.Kind.KEYQ, "keyq", 4026532000L), s.k.describeFd(i, qfd));
        s.fails(Errno.EBUSY, () -> s.k.keys().keyqCreate(i));
        Task n = s.fork(i);
        s.run(() -> s.k.unshare(n, Sim.NEWUSER));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(n, "user", "nfs:x"));
        assertEquals("request_key type=user desc=nfs:x pid=102 userns=4026532002", s.op(() -> s.k.keys().keyqRead(i, qfd)));
        s.fails(Errno.EAGAIN, () -> s.k.keys().keyqRead(i, qfd));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(s.orch, "user", "nfs:x"));   // the host has no queue
        s.fails(Errno.EAGAIN, () -> s.k.keys().keyqRead(i, qfd));
    }

    @Test
    void s47_knobOff() {
        Sim s = new Sim();
        s.fails(Errno.ENOSYS, () -> s.k.keys().keyqCreate(s.orch));
    }

    @Test
    void keyqCreateNeedsAdminInOwnUserns() {
        Sim s = Sim.with("keys.userns_queue", "true");
        Task u = s.fork(s.orch);
        s.run(() -> s.k.capset(u, Sim.allBut(Capability.CAP_SYS_ADMIN)));
        s.fails(Errno.EPERM, () -> s.k.keys().keyqCreate(u));
    }

    /** P2: the queue lives as long as its file; dup, fd_pass and exit keep or release it. */
    @Test
    void keyQueueFileLifecycle() {
        Sim s = Sim.with("keys.userns_queue", "true");
        int cfd = s.create(s.orch, "q", ContainerFlags.NEW_USER_NS);
        Task i = s.forkInto(s.orch, cfd);
        s.close(s.orch, cfd);
        int qfd = s.op(() -> s.k.keys().keyqCreate(i));
        int copy = s.op(() -> s.k.dup(i, qfd));
        s.fails(Errno.EINVAL, () -> s.k.setns(i, qfd, 0));   // OP-16: not a namespace fd
        s.fails(Errno.EINVAL, () -> s.k.keys().keyqRead(i, 3));     // fd 3 is the inherited container fd
        s.close(i, qfd);
        s.fails(Errno.EBUSY, () -> s.k.keys().keyqCreate(i));       // the dup keeps the queue
        s.run(() -> s.k.execve(i, "/bin/keyd"));             // cloexec is clear: execve keeps the fd
        assertEquals(FileView.Kind.KEYQ, s.k.describeFd(i, copy).kind());
        Task r = s.fork(s.orch);
        int passed = s.op(() -> s.k.fdPass(i, copy, r));
        s.close(i, copy);
        s.fails(Errno.EBUSY, () -> s.k.keys().keyqCreate(i));
        s.fails(Errno.EBADF, () -> s.k.keys().keyqRead(i, copy));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(i, "user", "x"));
        assertEquals("request_key type=user desc=x pid=" + i.tgid() + " userns=4026532000",
                s.op(() -> s.k.keys().keyqRead(r, passed)));
        s.exit(r, 0);                                         // the last reference goes: P2 removes the queue
        int again = s.op(() -> s.k.keys().keyqCreate(i));
        assertEquals(FileView.Kind.KEYQ, s.k.describeFd(i, again).kind());
        s.exit(i, 0);                                         // the user namespace dies with the last file
        assertEquals(1, s.newLines().stream().filter(l -> l.startsWith("type=UNKNOWN[1341]") && l.contains("ns=4026532000")).count());
    }

    /** OP-01, OP-02, OP-19: which keyrings a new task has. */
    @Test
    void inheritance() {
        Sim s = new Sim();
        long tk = add(s, s.orch, "user", "t", "1", T);
        long pk = add(s, s.orch, "user", "p", "1", P);
        long sk = add(s, s.orch, "user", "s", "1", SES);
        Task child = s.fork(s.orch);
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(child, "user", "t"));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(child, "user", "p"));
        assertEquals(sk, request(s, child, "user", "s"));
        Task thread = s.op(() -> s.k.cloneThread(s.orch));
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(thread, "user", "t"));
        assertEquals(pk, request(s, thread, "user", "p"));
        assertEquals(sk, request(s, thread, "user", "s"));
        assertSame(s.orch.sessionKeyring, thread.sessionKeyring);
        assertEquals(tk, request(s, s.orch, "user", "t"));
        long late = add(s, thread, "user", "late", "1", P);   // a thread adds to the shared process keyring
        assertEquals(late, request(s, s.orch, "user", "late"));
        int cfd = s.create(s.orch, "c", 0);
        Task member = s.forkInto(s.orch, cfd);
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(member, "user", "s"));   // container creds carry no keyrings
    }

    /** OP-39 checks in order; no serial is consumed by a failure (§2.4). */
    @Test
    void addKeyChecks() {
        Sim s = new Sim();
        s.fails(Errno.ENODEV, () -> s.k.keys().addKey(s.orch, "big_key", "", "v", 5));
        s.fails(Errno.EINVAL, () -> s.k.keys().addKey(s.orch, "user", "", "v", 5));
        s.fails(Errno.ENOKEY, () -> s.k.keys().addKey(s.orch, "user", "d", "v", 5));
        long key = add(s, s.orch, "user", "d", "v", SES);
        assertEquals(1001, key);
        s.fails(Errno.ENOTDIR, () -> s.k.keys().addKey(s.orch, "user", "d", "v", key));
        Task other = s.fork(s.init);
        s.fails(Errno.EACCES, () -> s.k.keys().addKey(other, "user", "d", "v", 1000));
        assertEquals(key, add(s, s.orch, "user", "d", "v2", 1000));   // same type and description: updated
        assertEquals("v2", s.k.core.keys.lookup(key).payload);
        assertEquals(1002, add(s, s.orch, "logon", "d", "v", 1000));   // another type is another key
    }

    @Test
    void firstSerialIsABootKnob() {
        Sim s = Sim.with("keys.first_serial", "7");
        assertEquals(8, add(s, s.orch, "user", "d", "v", T));
        Kernel k = new Kernel(KernelConfig.defaults());
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> k.configure("keys.first_serial", "5"));
        assertEquals("config keys.first_serial is read at boot; a running kernel cannot change it", e.getMessage());
    }

    /** request_key searches depth-first along links, thread before process before session. */
    @Test
    void searchOrder() {
        Sim s = new Sim();
        long inner = add(s, s.orch, "keyring", "inner", null, SES);
        long deep = add(s, s.orch, "user", "x", "deep", inner);
        add(s, s.orch, "user", "x", "shallow-later", SES);
        assertEquals(deep, request(s, s.orch, "user", "x"));       // inner is linked first
        long thread = add(s, s.orch, "user", "x", "thread", T);
        assertEquals(thread, request(s, s.orch, "user", "x"));
        assertEquals(inner, request(s, s.orch, "keyring", "inner"));
    }

    @Test
    void exitRuleShowsTheCalls() {
        Sim s = new Sim();
        s.k.auditctl("-a always,exit -S add_key -S keyctl -S request_key -k keys");
        add(s, s.orch, "user", "d", "secret", SES);
        s.event(1, "SYSCALL syscall=248 success=yes exit=1001 a0=0 a1=0 a2=0 a3=6 key=\"keys\"");
        int cfd = s.create(s.orch, "c", 0);
        s.newLines();
        s.run(() -> s.k.keys().keyctlSetContainerKeyring(s.orch, cfd, 1000));
        s.event(3, "SYSCALL syscall=250 success=yes exit=0 a0=100 a1=3 a2=3e8 a3=0");
        s.fails(Errno.ENOKEY, () -> s.k.keys().requestKey(s.orch, "user", "nope"));
        s.event(4, "SYSCALL syscall=249 success=no exit=-126 a0=0 a1=0 a2=0 a3=0");
    }
}
