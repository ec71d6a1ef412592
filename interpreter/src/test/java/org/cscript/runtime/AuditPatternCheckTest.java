package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * assert_audit patterns are checked against the fields of their record type before anything runs
 * (language.md "assert_audit"): names only, in all three forms, under either type naming.
 */
class AuditPatternCheckTest {
    @TempDir
    Path dir;

    @Test
    void everyFormIsCheckedAndEveryProblemReported() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("""
                let t = fork()
                assert_audit CONTAINER op=set opid=${t.pid} contd=5
                assert_audit_next SYSCALL syscall=1 ctr=1
                assert_no_audit CONTAINER_OBJ op=dead exit=0
                assert_audit CONTAINER_ID opd=${t.pid}
                assert_audit CONTAINER_OPS op=set
                """);
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        String err = outcome.err();
        assertTrue(err.contains("test.cscript:2:45: error: record type CONTAINER has no field 'contd'; did you mean"
                + " 'contid'?"), err);
        assertTrue(err.contains("test.cscript:3:37: error: record type SYSCALL has no field 'ctr'; 'ctr' is a field"
                + " of CONTAINER_OBJ"), err);
        assertTrue(err.contains("test.cscript:4:39: error: record type CONTAINER_OBJ has no field 'exit'; 'exit' is a"
                + " field of SYSCALL"), err);
        assertTrue(err.contains("test.cscript:5:27: error: record type CONTAINER_ID has no field 'opd'; did you mean"
                + " 'opid'?"), err);
        assertTrue(err.contains("test.cscript:6:14: error: unknown audit record type 'CONTAINER_OPS'; did you mean"
                + " 'CONTAINER_OP'?"), err);
    }

    @Test
    void fieldsOfAnyFormOfEitherNamingPassAndValuesAreNotChecked() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("""
                let t = fork()
                assert_audit CONTAINER_OP op=destroy contid=${t.contid} nsdev=* res=/1/
                assert_audit CONTAINER_INFO opid=1 netns=2 contid="no such value"
                assert_audit CONTAINER_ID netns=${t.pid}
                assert_audit_next SYSCALL syscall=60 success=* exit=* key=(null)
                assert_no_audit CONTAINER_OBJ op=kill-on-close ctr=1 old-ctr=2 status=3 killed=4 name=x ctrflags=0x1
                assert_audit USER msg='hello'
                """);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
    }

    @Test
    void theHeaderIsNotAField() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).check("assert_audit NS_DESTROY serial=1\n");
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
        assertTrue(outcome.err().contains("record type NS_DESTROY has no field 'serial'; the header type=NAME"
                + " msg=audit(TIME:SERIAL): is not a field"), outcome.err());
    }
}
