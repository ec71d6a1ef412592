package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kernel-model.md 4.7 worked examples A and C written as scripts: checks that the builtins pass
 * the right arguments to the kernel (the lines below are copied from the spec, which prints the
 * design's type names: {@code audit.type_text = names}; the model's one deviation there, {@code ctrflags=}
 * for {@code flags=}, is applied).
 */
class WorkedExampleScriptTest {
    @TempDir
    Path dir;

    private List<String> trace(String script) {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("config audit.type_text = names\n" + script);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        return outcome.result().trace();
    }

    @Test
    void exampleADavidHowellsProgram() {
        List<String> trace = trace("""
                import "std/scenario"
                let orch = self()
                as orch {
                    let cfd = container_create("foo-test", 0x3f9)
                    let child = fork_into(cfd)
                    as child {
                        assert getpid() == 1
                        close(cfd)
                        exec("/bin/bash")
                        exit(0)
                    }
                    assert waitpid(child) == 101 and child.exit_status == 0
                    assert poll(cfd) == 1 and container_wait(cfd) == 0
                    close(cfd)
                }
                """);
        assertEquals(20, trace.size(), String.join("\n", trace));
        assertEquals("type=CONTAINER_OBJ msg=audit(1500000000.000:1): op=create ctr=1 pctr=0 name=\"foo-test\" ctrflags=0x3f9"
                + " pid=100 nsdev=00:04 mntns=4026532000 utsns=4026532001 ipcns=4026532002 userns=4026532003"
                + " pidns=4026532004 netns=4026532005 cgroupns=4026531835", trace.get(6));
        assertEquals("type=CONTAINER_OBJ msg=audit(1500000000.001:2): op=start ctr=1 opid=101 pid=100", trace.get(8));
        assertEquals("type=CONTAINER_OBJ msg=audit(1500000000.002:3): op=dead ctr=1 opid=101 status=0 killed=0",
                trace.get(10));
        assertEquals("type=SYSCALL msg=audit(1500000000.003:4): arch=c000003e syscall=3 success=yes exit=0 a0=3 a1=0 a2=0"
                + " a3=0 items=0 ppid=1 pid=100 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0"
                + " tty=(none) ses=4294967295 comm=\"runc\" exe=\"/usr/bin/runc\" key=(null)", trace.get(19));
    }

    @Test
    void exampleCPacketAttributedToTwoContainers() {
        List<String> trace = trace("""
                import "std/scenario"
                let orch = self()
                let a = registered_child(orch, 100)
                let b = registered_child(orch, 200)
                as a { unshare(CLONE_NEWNET) }
                as b {
                    let f = ns_open(a, "net")
                    assert f.kind == "nsfs" and f.name == "net" and f.id == 4026532000
                    setns(f, CLONE_NEWNET)
                }
                net_packet(a, "10.0.0.1", "10.0.0.2", 6)
                assert_audit NETFILTER_PKT netns=4026532000
                assert_audit_next CONTAINER_INFO contid=100,200
                """);
        assertEquals(List.of(
                "type=NETFILTER_PKT msg=audit(1500000000.004:5): mark=0x0 saddr=10.0.0.1 daddr=10.0.0.2 proto=6 netns=4026532000",
                "type=CONTAINER_INFO msg=audit(1500000000.004:5): netns=4026532000 contid=100,200"),
                trace.subList(trace.size() - 2, trace.size()));
    }
}
