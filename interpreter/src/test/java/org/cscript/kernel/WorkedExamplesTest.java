package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cscript.abi.Errno;
import org.junit.jupiter.api.Test;

/** The complete traces of kernel-model.md §4.7, byte for byte (printed with the design's type names, as written there). */
class WorkedExamplesTest {
    private static final String RUNC = "ppid=1 pid=100 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0"
            + " fsgid=0 tty=(none) ses=4294967295 comm=\"runc\" exe=\"/usr/bin/runc\"";
    private static final String INIT_NS = "nsdev=00:04 mntns=4026531840 utsns=4026531838 ipcns=4026531839"
            + " userns=4026531837 pidns=4026531836 netns=4026531992 cgroupns=4026531835";

    /** Example A (S01): DH's example program. */
    @Test
    void exampleA_containerLifecycle() {
        Sim s = Sim.with("audit.type_text", "names");
        int cfd = s.create(s.orch, "foo-test", 0x3f9);
        assertEquals(3, cfd);
        String t1 = "type=%s msg=audit(1500000000.000:1): ";
        String nsc = "op=container_create pid=100 contid=18446744073709551615 nstype=%s nsdev=00:04 old-ns=%d new-ns=%d";
        assertEquals(List.of(
                t1.formatted("NS_CREATE") + nsc.formatted("mnt", 4026531840L, 4026532000L),
                t1.formatted("NS_CREATE") + nsc.formatted("uts", 4026531838L, 4026532001L),
                t1.formatted("NS_CREATE") + nsc.formatted("ipc", 4026531839L, 4026532002L),
                t1.formatted("NS_CREATE") + nsc.formatted("user", 4026531837L, 4026532003L),
                t1.formatted("NS_CREATE") + nsc.formatted("pid", 4026531836L, 4026532004L),
                t1.formatted("NS_CREATE") + nsc.formatted("net", 4026531992L, 4026532005L),
                t1.formatted("CONTAINER_OBJ") + "op=create ctr=1 pctr=0 name=\"foo-test\" ctrflags=0x3f9 pid=100"
                        + " nsdev=00:04 mntns=4026532000 utsns=4026532001 ipcns=4026532002 userns=4026532003"
                        + " pidns=4026532004 netns=4026532005 cgroupns=4026531835",
                t1.formatted("SYSCALL") + "arch=c000003e syscall=1000 success=yes exit=3 a0=0 a1=3f9 a2=0 a3=0"
                        + " items=0 " + RUNC + " key=(null)"),
                s.newLines());

        String proc = s.op(() -> s.k.readProcContainers(s.orch));
        assertEquals("ID     PARENT USE FL  INIT   NAME\n"
                + "0      -        4 I-- 1      .init\n"
                + "1      0        1 --K -      foo-test\n", proc);
        s.noEvent();

        Task child = s.forkInto(s.orch, 3);
        assertEquals(101, child.tid());
        assertEquals(List.of(
                "type=CONTAINER_OBJ msg=audit(1500000000.001:2): op=start ctr=1 opid=101 pid=100",
                "type=SYSCALL msg=audit(1500000000.001:2): arch=c000003e syscall=1001 success=yes exit=101 a0=3 a1=0"
                        + " a2=0 a3=0 items=0 " + RUNC + " key=(null)"),
                s.newLines());
        assertEquals(1, s.op(() -> s.k.getpid(child)));

        s.close(child, 3);
        s.run(() -> s.k.execve(child, "/bin/bash"));
        s.noEvent();

        s.exit(child, 0);
        assertEquals(List.of(
                "type=CONTAINER_OBJ msg=audit(1500000000.002:3): op=dead ctr=1 opid=101 status=0 killed=0",
                "type=SYSCALL msg=audit(1500000000.002:3): arch=c000003e syscall=231 a0=0 a1=0 a2=0 a3=0 items=0"
                        + " ppid=100 pid=101 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0"
                        + " fsgid=0 tty=(none) ses=4294967295 comm=\"bash\" exe=\"/bin/bash\" key=(null)"),
                s.newLines());

        WaitResult w = s.op(() -> s.k.waitpid(s.orch, child));
        assertEquals(new WaitResult(101, 0), w);
        assertEquals(1, s.op(() -> s.k.poll(s.orch, 3)));
        assertEquals(0, s.op(() -> s.k.containerWait(s.orch, 3)));
        s.noEvent();

        s.close(s.orch, 3);
        String t4 = "type=%s msg=audit(1500000000.003:4): ";
        assertEquals(List.of(
                t4.formatted("CONTAINER_OBJ") + "op=destroy ctr=1",
                t4.formatted("NS_DESTROY") + "nstype=mnt nsdev=00:04 ns=4026532000",
                t4.formatted("NS_DESTROY") + "nstype=uts nsdev=00:04 ns=4026532001",
                t4.formatted("NS_DESTROY") + "nstype=ipc nsdev=00:04 ns=4026532002",
                t4.formatted("NS_DESTROY") + "nstype=pid nsdev=00:04 ns=4026532004",
                t4.formatted("NS_DESTROY") + "nstype=net nsdev=00:04 ns=4026532005",
                t4.formatted("NS_DESTROY") + "nstype=user nsdev=00:04 ns=4026532003",
                t4.formatted("SYSCALL") + "arch=c000003e syscall=3 success=yes exit=0 a0=3 a1=0 a2=0 a3=0 items=0 "
                        + RUNC + " key=(null)"),
                s.newLines());
        assertEquals(20, s.k.hostTrace().size(), "four events in all");
    }

    /** Example B (S17, S20): registration, double set, an exit rule keyed on the contid. */
    @Test
    void exampleB_registrationAndDoubleSet() {
        Sim s = Sim.with("audit.type_text", "names");
        Task c1 = s.fork(s.orch);
        assertEquals(101, c1.tid());
        assertEquals(6, s.contidWrite(s.orch, c1, "123456"));
        assertEquals(List.of(
                "type=CONTAINER msg=audit(1500000000.000:1): op=set opid=101 contid=123456"
                        + " old-contid=18446744073709551615 pid=100 uid=0 auid=4294967295 tty=(none)"
                        + " ses=4294967295 comm=\"runc\" exe=\"/usr/bin/runc\" " + INIT_NS + " res=1",
                "type=SYSCALL msg=audit(1500000000.000:1): arch=c000003e syscall=1 success=yes exit=6 a0=0 a1=0"
                        + " a2=6 a3=0 items=0 " + RUNC + " key=(null)"),
                s.newLines());
        assertEquals("123456\n", s.op(() -> s.k.contidRead(s.orch, c1)));
        s.noEvent();

        s.fails(Errno.ECHILD, () -> s.k.contidWrite(s.orch, c1, "123457"));
        assertEquals(List.of(
                "type=CONTAINER msg=audit(1500000000.001:2): op=set opid=101 contid=123457 old-contid=123456"
                        + " pid=100 uid=0 auid=4294967295 tty=(none) ses=4294967295 comm=\"runc\""
                        + " exe=\"/usr/bin/runc\" " + INIT_NS + " res=0",
                "type=SYSCALL msg=audit(1500000000.001:2): arch=c000003e syscall=1 success=no exit=-10 a0=0 a1=0"
                        + " a2=6 a3=0 items=0 " + RUNC + " key=(null)"),
                s.newLines());
        assertEquals(123456, c1.contid());

        s.k.auditctl("-a exit,always -F contid=123456 -k c1");
        s.run(() -> s.k.execve(c1, "/bin/sh"));
        assertEquals(List.of(
                "type=SYSCALL msg=audit(1500000000.002:3): arch=c000003e syscall=59 success=yes exit=0 a0=0 a1=0"
                        + " a2=0 a3=0 items=0 ppid=100 pid=101 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0"
                        + " egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm=\"sh\" exe=\"/bin/sh\" key=\"c1\"",
                "type=CONTAINER_INFO msg=audit(1500000000.002:3): contid=123456"),
                s.newLines());
    }

    /** Example C (S30): one packet, two containers sharing a net namespace. */
    @Test
    void exampleC_sharedNetNamespace() {
        Sim s = Sim.with("audit.type_text", "names");
        Task a = s.fork(s.orch);
        Task b = s.fork(s.orch);
        s.contidWrite(s.orch, a, "100");
        s.contidWrite(s.orch, b, "200");
        s.newLines();
        s.run(() -> s.k.unshare(a, Sim.NEWNET));
        List<String> l3 = s.newLines();
        assertEquals(3, l3.size());
        assertEquals("type=NS_CREATE msg=audit(1500000000.002:3): op=unshare pid=101 contid=100 nstype=net"
                + " nsdev=00:04 old-ns=4026531992 new-ns=4026532000", l3.get(0));
        assertEquals("type=CONTAINER_INFO msg=audit(1500000000.002:3): contid=100", l3.get(2));
        int f = s.op(() -> s.k.nsOpen(b, a, "net"));
        s.noEvent();
        s.run(() -> s.k.setns(b, f, Sim.NEWNET));
        List<String> l4 = s.newLines();
        assertEquals("type=NS_CHANGE msg=audit(1500000000.003:4): op=setns pid=102 contid=200 nstype=net"
                + " nsdev=00:04 old-ns=4026531992 new-ns=4026532000", l4.get(0));
        assertEquals("type=CONTAINER_INFO msg=audit(1500000000.003:4): contid=200", l4.get(2));
        assertEquals(3, l4.size());
        s.run(() -> s.k.netPacket(s.k.netNamespaceOfTask(a), "10.0.0.1", "10.0.0.2", 6, 0));
        assertEquals(List.of(
                "type=NETFILTER_PKT msg=audit(1500000000.004:5): mark=0x0 saddr=10.0.0.1 daddr=10.0.0.2 proto=6"
                        + " netns=4026532000",
                "type=CONTAINER_INFO msg=audit(1500000000.004:5): netns=4026532000 contid=100,200"),
                s.newLines());
    }
}
