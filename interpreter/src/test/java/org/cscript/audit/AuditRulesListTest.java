package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Syscall;
import org.junit.jupiter.api.Test;

/** List order, first-match precedence, -A/-d/-D and the -l text of a rule (kernel-model.md §4.5, OP-50). */
class AuditRulesListTest {

    private static List<String> texts(List<AuditRule> rules) {
        return rules.stream().map(AuditRule::text).toList();
    }

    @Test
    void bothListActionOrdersGiveTheSameCanonicalRule() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a exit,always -S execve -F contid=5 -k k");
        rules.apply("-a always,exit -S execve -F contid=5 -k k");
        assertEquals(List.of("-a always,exit -S execve -F contid=5 -F key=k", "-a always,exit -S execve -F contid=5 -F key=k"),
                texts(rules.exitRules()));
        AuditRule rule = rules.exitRules().getFirst();
        assertEquals(AuditRule.Action.ALWAYS, rule.action());
        assertEquals(AuditRule.FilterList.EXIT, rule.list());
        assertEquals("k", rule.key());
    }

    @Test
    void canonicalTextNormalisesSyscallsAndNumbers() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-F pid=0x64 -S execve -a never,exit -S 56,execve -F contid=0xffffffffffffffff -F exit=-0x1 -F auid=-1 -F exit!=-EPERM");
        assertEquals("-a never,exit -S clone,execve -F pid=100 -F contid=18446744073709551615 -F exit=-EPERM -F auid=-1 -F exit!=-EPERM",
                rules.exitRules().getFirst().text());
        assertNull(rules.exitRules().getFirst().key());
    }

    @Test
    void canonicalTextAppliesBackToAnIdenticalRule() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S setns -F contid_tree=3 -F success=0 -k 'my-key'");
        rules.apply("-a never,exclude -F msgtype=container_op -F uid>=1000");
        for (AuditRule rule : List.copyOf(rules.exitRules())) {
            rules.apply(rule.text());
        }
        for (AuditRule rule : List.copyOf(rules.excludeRules())) {
            rules.apply(rule.text());
        }
        assertEquals("-a always,exit -S setns -F contid_tree=3 -F success=0 -F key=my-key", rules.exitRules().get(1).text());
        assertEquals("my-key", rules.exitRules().get(1).key());
        assertTrue(rules.exitRules().get(0).sameRule(rules.exitRules().get(1)));
        assertEquals("-a never,exclude -F msgtype=CONTAINER_OP -F uid>=1000", rules.excludeRules().get(1).text());
    }

    @Test
    void firstMatchingExitRuleWins() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exit -S write -F success=0");
        rules.apply("-a always,exit -S write -k writes");
        rules.apply("-a always,exit -k everything");
        assertEquals("-a never,exit -S write -F success=0",
                rules.firstExitMatch(new TestSubject().syscall(Syscall.WRITE, false, -10)).text());
        assertEquals("writes", rules.firstExitMatch(new TestSubject().syscall(Syscall.WRITE, true, 6)).key());
        assertEquals("everything", rules.firstExitMatch(new TestSubject().syscall(Syscall.CLONE, true, 101)).key());
    }

    @Test
    void emptyExitListMatchesNothing() {
        assertNull(new AuditRules().firstExitMatch(new TestSubject()));
    }

    @Test
    void excludeListFirstMatchDecidesAndNoMatchKeeps() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exclude -F msgtype=NS_CREATE -F pid=100");
        rules.apply("-a never,exclude -F msgtype=NS_CREATE");
        TestSubject orchestrator = new TestSubject();
        TestSubject other = new TestSubject();
        other.pid = 101;
        assertTrue(rules.keepRecord(orchestrator, RecordType.NS_CREATE, false), "always rule comes first");
        assertFalse(rules.keepRecord(other, RecordType.NS_CREATE, false), "falls through to the never rule");
        assertTrue(rules.keepRecord(other, RecordType.SYSCALL, false), "no rule matches: kept");
        assertTrue(new AuditRules().keepRecord(other, RecordType.SYSCALL, false), "empty list keeps everything");
    }

    @Test
    void exitAndExcludeListsAreIndependent() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F pid=100");
        assertNull(rules.firstExitMatch(new TestSubject()));
        rules.apply("-a always,exit -F pid=100");
        assertFalse(rules.keepRecord(new TestSubject(), RecordType.SYSCALL, false));
        assertEquals(1, rules.exitRules().size());
        assertEquals(1, rules.excludeRules().size());
    }

    @Test
    void capitalAPrepends() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -k second");
        rules.apply("-A always,exit -k first");
        assertEquals("first", rules.firstExitMatch(new TestSubject()).key());
    }

    @Test
    void deleteRemovesTheFirstIdenticalRule() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S execve -F contid=5 -k k");
        rules.apply("-a always,exit -k other");
        rules.apply("-a always,exit -S execve -F contid=5 -k k");
        rules.apply("-d exit,always -S 59 -F contid=0x5 -k k");
        assertEquals(List.of("-a always,exit -S all -F key=other", "-a always,exit -S execve -F contid=5 -F key=k"),
                texts(rules.exitRules()));
    }

    @Test
    void deleteMatchesMsgtypeByRecordTypeNotSpelling() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F msgtype=CONTAINER");
        rules.apply("-d never,exclude -F msgtype=CONTAINER_OP");
        assertTrue(rules.excludeRules().isEmpty());
    }

    @Test
    void deleteOfAMissingRuleIsNotFound() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -F pid=100 -F uid=0");
        AuditRuleException differentOrder = assertThrows(AuditRuleException.class,
                () -> rules.apply("-d always,exit -F uid=0 -F pid=100"));
        assertTrue(differentOrder.notFound(), "fields are compared in order, as the kernel does");
        assertEquals("no such rule to delete: -a always,exit -S all -F uid=0 -F pid=100", differentOrder.getMessage());
        AuditRuleException differentKey = assertThrows(AuditRuleException.class,
                () -> rules.apply("-d always,exit -F pid=100 -F uid=0 -k x"));
        assertTrue(differentKey.notFound());
        AuditRuleException emptyList = assertThrows(AuditRuleException.class,
                () -> rules.apply("-d never,exclude -F msgtype=USER"));
        assertEquals("no such rule to delete: -a never,exclude -F msgtype=USER (the exclude list is empty)",
                emptyList.getMessage());
        assertEquals(1, rules.exitRules().size());
    }

    @Test
    void capitalDClearsBothLists() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -k k");
        rules.apply("-a never,exclude -F msgtype=USER");
        rules.apply("-D");
        assertTrue(rules.exitRules().isEmpty());
        assertTrue(rules.excludeRules().isEmpty());
        assertNull(rules.firstExitMatch(new TestSubject()));
        rules.apply("  -D  ");
    }

    @Test
    void aFailedApplyChangesNothing() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -k k");
        assertThrows(AuditRuleException.class, () -> rules.apply("-a always,exit -F pid=1 -F foo=2"));
        assertThrows(AuditRuleException.class, () -> rules.apply("-D -S execve"));
        assertThrows(AuditRuleException.class, () -> rules.apply("-a always,exit -S execve -F arch=b64"));
        assertEquals(List.of("-a always,exit -S all -F key=k"), texts(rules.exitRules()));
    }
}
