package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Syscall;
import org.junit.jupiter.api.Test;

/** §4.5 rule parsing and matching, and §4.4 assembly decisions. */
class AuditRulesTest {
    private static final RecordCatalogue RECORDS = RecordCatalogue.seed();

    private static SubjectSnapshot subject(long pid, long contid) {
        return new SubjectSnapshot(pid, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4294967295L, 4294967295L, "c", "/c", contid,
                contid == -1 ? null : Long.toUnsignedString(contid), v -> v == contid, null);
    }

    private static AuditEvent event(Syscall sc, boolean ok, long exit, long contid) {
        return AuditEvent.syscall(subject(100, contid), sc, new long[4], ok, exit);
    }

    @Test
    void parsingErrors() {
        AuditRules r = new AuditRules();
        for (String bad : new String[] {"", "-a", "-a exit", "-a exit,sometimes", "-a exit,always -S nosuch",
            "-a exit,always -F nosuch=1", "-a exit,always -F msgtype=SYSCALL", "-a exit,always -F contid_tree>=1",
            "-a exit,always -F pid", "-a exit,always -F uid=abc", "-a exclude,never -S execve",
            "-a exclude,never -F msgtype=NOPE", "-a exit,always -k", "-x"}) {
            AuditRuleException e = assertThrows(AuditRuleException.class, () -> r.apply(bad), bad);
            assertFalse(e.notFound(), bad);
        }
        AuditRuleException missing = assertThrows(AuditRuleException.class,
                () -> r.apply("-d exit,always -S execve"));
        assertTrue(missing.notFound());
    }

    @Test
    void exitListFirstMatchWins() throws AuditRuleException {
        AuditRules r = new AuditRules();
        r.apply("-a exit,never -F contid=100");
        r.apply("-a always,exit -S execve -S 308 -k \"my key\"");
        assertEquals(AuditRule.Action.NEVER, r.firstExitMatch(event(Syscall.EXECVE, true, 0, 100)).action());
        AuditRule hit = r.firstExitMatch(event(Syscall.SETNS, true, 0, 5));
        assertEquals("my key", hit.key());
        assertNull(r.firstExitMatch(event(Syscall.CLOSE, true, 0, 5)));
        r.apply("-d exit,never -F contid=100");
        assertEquals(AuditRule.Action.ALWAYS, r.firstExitMatch(event(Syscall.EXECVE, true, 0, 100)).action());
        r.apply("-D");
        assertNull(r.firstExitMatch(event(Syscall.EXECVE, true, 0, 100)));
    }

    @Test
    void fieldOperatorsAndNonReturningCalls() throws AuditRuleException {
        AuditRules r = new AuditRules();
        r.apply("-a exit,always -F exit<0 -F success=0 -F pid>=100 -F contid!=7");
        assertTrue(r.firstExitMatch(event(Syscall.CLOSE, false, -9, 5)) != null);
        assertNull(r.firstExitMatch(event(Syscall.CLOSE, true, 0, 5)));
        assertNull(r.firstExitMatch(event(Syscall.CLOSE, false, -9, 7)));
        assertNull(r.firstExitMatch(event(Syscall.EXIT_GROUP, false, -9, 5)), "exit_group never matches exit=");
        AuditRules u = new AuditRules();
        u.apply("-a exit,always -F contid=18446744073709551615");
        assertTrue(u.firstExitMatch(event(Syscall.CLOSE, true, 0, -1)) != null);
    }

    @Test
    void excludeListAndSubjectless() throws AuditRuleException {
        AuditRules r = new AuditRules();
        r.apply("-a exclude,always -F msgtype=NS_CREATE -F pid=100");
        r.apply("-a exclude,never -F msgtype=NS_CREATE");
        r.apply("-a exclude,never -F pid=1");
        assertTrue(r.keepRecord(event(Syscall.CLONE, true, 0, -1), RecordType.NS_CREATE, false));
        assertFalse(r.keepRecord(AuditEvent.syscall(subject(200, -1), Syscall.CLONE, new long[4], true, 0),
                RecordType.NS_CREATE, false));
        assertTrue(r.keepRecord(AuditEvent.subjectless(null), RecordType.NETFILTER_PKT, false), "subject fields never match");
    }

    @Test
    void assemblyDropsEventsWithOnlyContainerInfo() throws AuditRuleException {
        AuditRules r = new AuditRules();
        r.apply("-a exit,always");
        r.apply("-a exclude,never -F msgtype=SYSCALL");
        AuditEvent e = event(Syscall.GETPID, true, 100, 5);
        assertEquals(List.of(), EventAssembler.assemble(e, r, RECORDS, false));
        AuditRules none = new AuditRules();
        assertEquals(List.of(), EventAssembler.assemble(event(Syscall.GETPID, true, 100, 5), none, RECORDS, false));
        AuditEvent forced = event(Syscall.UNSHARE, true, 0, 5)
                .addGenerated(List.of(AuditRecord.of(RecordType.NS_CREATE).raw("op", "unshare").build()));
        List<AuditRecord> out = EventAssembler.assemble(forced, none, RECORDS, false);
        assertEquals(List.of(RecordType.NS_CREATE, RecordType.SYSCALL, RecordType.CONTAINER_INFO),
                out.stream().map(AuditRecord::type).toList());
    }
}
