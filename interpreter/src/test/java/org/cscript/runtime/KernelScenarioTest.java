package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.cscript.host.InvalidOptionsException;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios against the kernel model: builtins, as/expect/try, errors, assert_audit, trace. */
class KernelScenarioTest {
    @TempDir
    Path dir;

    private ScriptHarness.Outcome run(String script) {
        return new ScriptHarness(dir).run(script);
    }

    private ScriptHarness.Outcome ok(String script) {
        ScriptHarness.Outcome outcome = run(script);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        return outcome;
    }

    @Test
    void s17RegistrationWithAssertAudit() {
        ScriptHarness.Outcome outcome = ok("""
                import "std/scenario"
                let orch = self()
                let c1 = nil
                as orch {
                    c1 = fork()
                    assert set_contid(c1, 123456) == 6
                }
                assert_audit CONTAINER op=set opid=${c1.pid} contid=123456 old-contid=18446744073709551615 res=1
                assert_audit_next SYSCALL syscall=1 success=yes exit=6 comm="runc"
                assert c1.pid == 101 and orch.pid == 100
                assert c1.contid == 123456
                """);
        assertEquals(2, outcome.result().trace().size(), outcome.result().trace().toString());
        assertTrue(outcome.result().trace().get(0).startsWith("type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=set opid=101"));
    }

    @Test
    void assertAuditFailureStopsTheScenarioAtTheStatement() {
        ScriptHarness.Outcome outcome = run("""
                import "std/scenario"
                let c1 = registered_child(self(), 5)
                assert_audit CONTAINER op=set contid=6
                """);
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:3:1: error: "), outcome.err());
        assertEquals(2, outcome.result().trace().size(), "the trace comes back on failure too");
    }

    @Test
    void assertNoAuditIsCheckedAtTheEnd() {
        ScriptHarness.Outcome outcome = run("""
                import "std/scenario"
                let orch = self()
                assert_no_audit CONTAINER op=set
                registered_child(orch, 7)
                """);
        assertEquals(ScenarioResult.Status.FAILED, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains("test.cscript:3:1: error: "), outcome.err());
    }

    @Test
    void failedOperationNamesErrnoOperationAndPosition() {
        ScriptHarness.Outcome outcome = run("""
                import "std/scenario"
                let orch = self()
                let c = registered_child(orch, 5)
                as orch {
                    set_contid(c, 6)
                }
                """);
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:5:5: error: set_contid failed with ECHILD (No child processes)\n"
                + "      set_contid(c, 6)\n      ^~~~~~~~~~\n"), outcome.err());
    }

    @Test
    void expectPassesOnTheExpectedErrnoAndSkipsTheRestOfTheBlock() {
        ok("""
                import "std/scenario"
                let orch = self()
                let c = registered_child(orch, 5)
                let after = 0
                as orch {
                    expect ECHILD {
                        set_contid(c, 6)
                        after = 1
                    }
                }
                assert after == 0
                """);
    }

    @Test
    void expectFailsOnAnotherErrnoOrOnSuccess() {
        ScriptHarness.Outcome wrong = run("""
                import "std/scenario"
                let orch = self()
                let c = registered_child(orch, 5)
                as orch {
                    expect EPERM { set_contid(c, 6) }
                }
                """);
        assertEquals(ScenarioResult.Status.FAILED, wrong.status());
        assertTrue(wrong.err().contains("expected EPERM (Operation not permitted) but set_contid failed with ECHILD"),
                wrong.err());
        ScriptHarness.Outcome succeeded = run("expect EPERM { fork() }\n");
        assertEquals(ScenarioResult.Status.FAILED, succeeded.status());
        assertTrue(succeeded.err().contains("test.cscript:1:1: error: expected EPERM (Operation not permitted) but the"
                + " block succeeded"), succeeded.err());
    }

    @Test
    void tryReturnsTheErrnoOrTheResult() {
        ok("""
                import "std/scenario"
                let orch = self()
                let c = registered_child(orch, 5)
                as orch {
                    let r = try set_contid(c, 6)
                    assert r == ECHILD
                    assert try get_contid(c) == 5
                }
                """);
    }

    @Test
    void asChangesTheActingTaskAndRestoresIt() {
        ok("""
                let host = self()
                assert host.pid == 100 and host.comm == "runc" and init().pid == 1 and host.ppid == 1
                let child = fork()
                as child {
                    assert self() == child
                    assert getpid() == child.pid
                    as init() { assert self().pid == 1 }
                    assert self() == child
                }
                assert self() == host
                """);
    }

    @Test
    void containerFdsCarryTheirFile() {
        ok("""
                import "std/scenario"
                let orch = self()
                as orch {
                    let cfd = container_create("foo-test", CONTAINER_NEW_PID_NS | CONTAINER_NEW_USER_NS)
                    assert cfd == 3 and cfd.fd == 3 and cfd.kind == "container" and cfd.name == "foo-test"
                    assert cfd.id == 1 and cfd + 1 == 4
                    let init = fork_into(cfd)
                    assert init.nspid == 101 and init.container == "foo-test" and init.ctr == 1
                    as init { assert getpid() == 1 }
                    expect EINVAL { container_create(nil, 0) }
                }
                """);
    }

    @Test
    void runtimeTypeErrorNamesBuiltinAndArgument() {
        ScriptHarness.Outcome outcome = run("let s = \"x\"\nkill(s, SIGKILL)\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:2:1: error: kill expects a task as its first argument, got a string"),
                outcome.err());
    }

    @Test
    void literalOfTheWrongKindIsAStaticError() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("container_create(\"a\", \"flags\")\nkill(1)\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:1:23: error: container_create expects an integer as its second"
                + " argument, got a string"), outcome.err());
        assertTrue(outcome.err().contains("test.cscript:2:1: error: kill takes 2 arguments, got 1"), outcome.err());
    }

    @Test
    void configOnlyBeforeTheKernelBoots() {
        ok("config contid.allow_move = true\nlet t = fork()\n");
        ScriptHarness.Outcome late = run("let t = fork()\nconfig contid.allow_move = true\n");
        assertEquals(ScenarioResult.Status.INVALID, late.status());
        assertTrue(late.err().contains("test.cscript:2:1: error: config must come before the scenario's other statements"),
                late.err());
        ScriptHarness.Outcome nested = run("if true {\n  config contid.allow_move = true\n}\n");
        assertEquals(ScenarioResult.Status.INVALID, nested.status());
        assertTrue(nested.err().contains("test.cscript:2:3: error: config is only allowed at the top level of a file"),
                nested.err());
    }

    @Test
    void configChangesKernelBehaviour() {
        String script = """
                import "std/scenario"
                config audit.record_names = upstream
                registered_child(self(), 9)
                assert_audit CONTAINER_OP op=set contid=9
                """;
        ok(script);
    }

    @Test
    void settingsAndProfileComeFromRunOptions() {
        ScriptHarness harness = new ScriptHarness(dir);
        Path script = harness.write("s.cscript", "import \"std/scenario\"\nregistered_child(self(), 9)\n");
        ScriptHarness.Outcome upstream = harness.run(script, new LinkedHashMap<>(), "upstream", true);
        assertEquals(ScenarioResult.Status.OK, upstream.status(), upstream.err());
        assertTrue(upstream.result().trace().get(0).startsWith("type=CONTAINER_OP "), upstream.result().trace().toString());
        LinkedHashMap<String, String> bad = new LinkedHashMap<>();
        bad.put("contid.allow_move", "perhaps");
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> harness.run(script, bad, null, true));
        assertTrue(e.getMessage().contains("contid.allow_move cannot be 'perhaps'"), e.getMessage());
    }

    @Test
    void printGoesToStderrNotIntoTheTrace() {
        ScriptHarness.Outcome outcome = ok("import \"std/scenario\"\nlet c = registered_child(self(), 4)\n"
                + "print \"contid ${c.contid}\"\n");
        assertEquals("contid 4\n", outcome.err());
        assertTrue(outcome.result().trace().stream().noneMatch(line -> line.contains("contid 4\"")));
    }

    @Test
    void u64ContidValuesRoundTrip() {
        ok("""
                import "std/scenario"
                let orch = self()
                let c = fork()
                assert c.contid == UNSET
                as orch {
                    let t = fork()
                    set_contid(t, 18446744073709551614)
                    assert get_contid(t) == 18446744073709551614
                    let u = fork()
                    expect EINVAL { set_contid(u, UNSET) }
                    expect ERANGE { set_contid(u, "18446744073709551616") }
                    assert set_contid(u, "+12\\n") == 4 and u.contid == 12
                }
                """);
    }

    @Test
    void stdOrchestratorForksAnotherRuncTask() {
        ok("""
                import "std/scenario"
                let o = orchestrator()
                assert o.pid == 101 and o.ppid == 100 and o.comm == "runc" and o.exe == "/usr/bin/runc"
                let started = start_container(o, "web", CONTAINER_NEW_PID_NS)
                assert started[0].name == "web" and started[1].container == "web"
                let u = child_without(o, CAP_CONTAINER_ADMIN)
                as u { expect EPERM { set_contid(fork(), 5) } }
                """);
    }

    @Test
    void numberTooLargeForAnOperationIsARuntimeError() {
        ScriptHarness.Outcome outcome = run("clone(18446744073709551615)\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:1:1: error: clone: 18446744073709551615 (its first argument) is"
                + " outside the 64-bit range"), outcome.err());
    }

    @Test
    void setOnCloneNeedsItsKnobAndAU64() {
        ScriptHarness.Outcome off = run("let a = clone(0)\nlet b = clone(CLONE_NEWNET, 5)\n");
        assertEquals(ScenarioResult.Status.FAILED, off.status());
        assertTrue(off.err().contains("test.cscript:2:9: error: clone: a contid argument (set-on-clone) needs config"
                + " contid.set_on_clone = on"), off.err());
        ScriptHarness.Outcome negative = run("config contid.set_on_clone = on\nclone(0, -1)\n");
        assertTrue(negative.err().contains("test.cscript:2:1: error: clone: contid -1 is outside"), negative.err());
        ScriptHarness.Outcome wide = run("config contid.set_on_clone = on\nclone(0, UNSET + 1)\n");
        assertTrue(wide.err().contains("test.cscript:2:1: error: clone: 18446744073709551616 is not a u64 contid"),
                wide.err());
        ok("""
                config contid.set_on_clone = on
                let c = clone(0, 18446744073709551614)
                assert c.contid == 18446744073709551614
                expect EINVAL { clone(0, UNSET) }
                """);
    }

    @Test
    void uidMapsNeedTheirKnobAndSetuidTakesInsideIds() {
        ScriptHarness.Outcome off = run("let c = clone(CLONE_NEWUSER)\nwrite_uid_map(c, \"0 0 1\")\n");
        assertEquals(ScenarioResult.Status.FAILED, off.status());
        assertTrue(off.err().contains("test.cscript:2:1: error: write_uid_map: uid/gid maps need config userns.maps = on"),
                off.err());
        ScriptHarness.Outcome view = run("ns_uid(self())\n");
        assertTrue(view.err().contains("test.cscript:1:1: error: ns_uid: uid/gid maps need config userns.maps = on"),
                view.err());
        ok("""
                config userns.maps = on
                let c = clone(CLONE_NEWUSER)
                expect EINVAL { write_uid_map(c, "0 100000") }
                assert write_uid_map(c, "0 100000 65536") == 14
                as c { setuid(5) }
                assert c.uid == 100005 and ns_uid(c) == 100005
                as c { assert ns_uid(c) == 5 and ns_uid(init()) == 65534 }
                """);
    }

    @Test
    void perContainerAuditSinks() {
        ok("""
                import "std/scenario"
                audit_sink_create("ctr42", 42)
                let c = registered_child(self(), 42)
                as c { unshare(CLONE_NEWUTS) }
                let lines = sink_trace("ctr42")
                assert len(lines) > 0
                for line in lines { assert line != "" }
                expect EINVAL { audit_sink_create("unset", UNSET) }
                expect EEXIST { audit_sink_create("ctr42", 7) }
                expect ENOENT { sink_trace("nope") }
                """);
    }

    @Test
    void malformedAuditRuleSaysWhatIsWrong() {
        ScriptHarness.Outcome outcome = run("auditctl(\"-a always,exit -F nosuchfield=1\")\n");
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains("test.cscript:1:1: error: auditctl failed with EINVAL (Invalid argument): "),
                outcome.err());
        assertTrue(outcome.err().contains("nosuchfield"), outcome.err());
    }

    @Test
    void descriptorCredentialAndAdministrationBuiltins() {
        ScriptHarness.Outcome outcome = ok("""
                let cfd = container_create("c", 0)
                let copy = dup(cfd)
                assert copy == 4 and copy.kind == "container" and copy.name == "c"
                let t = clone(CLONE_NEWUTS)
                let passed = fd_pass(cfd, t)
                assert passed.kind == "container" and passed.id == cfd.id
                as t {
                    setuid(1000)
                    assert self().uid == 1000 and self().euid == 1000
                    expect EPERM { audit_user_msg("denied") }
                }
                audit_user_msg("hello")
                assert_audit USER msg="hello"
                advance_clock(5000)
                audit_enabled(false)
                audit_user_msg("not logged")
                assert_no_audit USER msg="not logged"
                assert str(cfd) == "3" and str([1, "a"]) == "[1, \\"a\\"]" and str(nil) == "nil"
                """);
        assertTrue(outcome.result().trace().stream().anyMatch(l -> l.startsWith("type=USER msg=audit(")),
                outcome.result().trace().toString());
    }
}
