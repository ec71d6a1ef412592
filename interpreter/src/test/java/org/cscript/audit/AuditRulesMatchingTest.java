package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.cscript.abi.Syscall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Field and operator semantics of the filter rules (kernel-model.md §4.5 table). */
class AuditRulesMatchingTest {

    private static boolean exitRuleMatches(String fieldText, TestSubject s) throws AuditRuleException {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -F " + fieldText);
        return rules.firstExitMatch(s) != null;
    }

    static Stream<Arguments> subjectIdFields() {
        return Stream.of(
                Arguments.of("pid", (BiConsumer<TestSubject, Long>) (s, v) -> s.pid = v),
                Arguments.of("ppid", (BiConsumer<TestSubject, Long>) (s, v) -> s.ppid = v),
                Arguments.of("uid", (BiConsumer<TestSubject, Long>) (s, v) -> s.uid = v),
                Arguments.of("euid", (BiConsumer<TestSubject, Long>) (s, v) -> s.euid = v),
                Arguments.of("gid", (BiConsumer<TestSubject, Long>) (s, v) -> s.gid = v),
                Arguments.of("auid", (BiConsumer<TestSubject, Long>) (s, v) -> s.auid = v),
                Arguments.of("ses", (BiConsumer<TestSubject, Long>) (s, v) -> s.ses = v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjectIdFields")
    void subjectIdFieldsSupportAllSixOperators(String field, BiConsumer<TestSubject, Long> set) throws Exception {
        TestSubject s = new TestSubject();
        set.accept(s, 100L);
        assertTrue(exitRuleMatches(field + "=100", s));
        assertFalse(exitRuleMatches(field + "=101", s));
        assertTrue(exitRuleMatches(field + "!=101", s));
        assertFalse(exitRuleMatches(field + "!=100", s));
        assertTrue(exitRuleMatches(field + "<101", s));
        assertFalse(exitRuleMatches(field + "<100", s));
        assertTrue(exitRuleMatches(field + ">99", s));
        assertFalse(exitRuleMatches(field + ">100", s));
        assertTrue(exitRuleMatches(field + "<=100", s));
        assertFalse(exitRuleMatches(field + "<=99", s));
        assertTrue(exitRuleMatches(field + ">=100", s));
        assertFalse(exitRuleMatches(field + ">=101", s));
        assertTrue(exitRuleMatches(field + "=0x64", s), "hex value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjectIdFields")
    void subjectFieldsNeverMatchASubjectlessEvent(String field, BiConsumer<TestSubject, Long> set) throws Exception {
        TestSubject s = TestSubject.subjectless();
        set.accept(s, 100L);
        assertFalse(exitRuleMatches(field + "=100", s));
        assertFalse(exitRuleMatches(field + "!=5", s), "not even a negated comparison");
    }

    @Test
    void unsetUserIdsCanBeWrittenAsMinusOneOrUnset() throws Exception {
        TestSubject s = new TestSubject();
        assertTrue(exitRuleMatches("auid=4294967295", s));
        assertTrue(exitRuleMatches("auid=-1", s));
        assertTrue(exitRuleMatches("ses=unset", s));
        s.auid = 1000;
        assertTrue(exitRuleMatches("auid!=-1", s));
    }

    @Test
    void successComparesOneForOkAndZeroForErr() throws Exception {
        TestSubject ok = new TestSubject().syscall(Syscall.WRITE, true, 6);
        TestSubject failed = new TestSubject().syscall(Syscall.WRITE, false, -10);
        assertTrue(exitRuleMatches("success=1", ok));
        assertFalse(exitRuleMatches("success=0", ok));
        assertTrue(exitRuleMatches("success=0", failed));
        assertFalse(exitRuleMatches("success=1", failed));
    }

    @Test
    void exitComparesTheSignedResult() throws Exception {
        TestSubject failed = new TestSubject().syscall(Syscall.WRITE, false, -10);
        assertTrue(exitRuleMatches("exit=-10", failed));
        assertTrue(exitRuleMatches("exit<0", failed));
        assertTrue(exitRuleMatches("exit<=-10", failed));
        assertFalse(exitRuleMatches("exit>-10", failed));
        assertTrue(exitRuleMatches("exit>=-10", failed));
        assertTrue(exitRuleMatches("exit!=-1", failed));
        assertTrue(exitRuleMatches("exit=-ECHILD", failed), "errno names, as auditctl allows");
        assertFalse(exitRuleMatches("exit=-EPERM", failed));
        TestSubject fd = new TestSubject().syscall(Syscall.OPENAT, true, 3);
        assertTrue(exitRuleMatches("exit=0x3", fd));
        assertTrue(exitRuleMatches("exit>0", fd));
        assertFalse(exitRuleMatches("exit=-1", fd));
    }

    @Test
    void successAndExitNeverMatchNonReturningSyscalls() throws Exception {
        for (Syscall noReturn : new Syscall[] {Syscall.EXIT_GROUP, Syscall.EXIT}) {
            TestSubject s = new TestSubject().syscall(noReturn, true, 0);
            assertFalse(exitRuleMatches("success=1", s), noReturn.name());
            assertFalse(exitRuleMatches("exit=0", s), noReturn.name());
            assertFalse(exitRuleMatches("exit!=5", s), noReturn.name());
            assertTrue(exitRuleMatches("pid=100", s), "subject fields still match " + noReturn.name());
        }
    }

    @Test
    void successAndExitNeverMatchWithoutASyscall() throws Exception {
        TestSubject s = new TestSubject().syscall(null, true, 0);
        assertFalse(exitRuleMatches("success=1", s));
        assertFalse(exitRuleMatches("exit=0", s));
    }

    @Test
    void contidComparesUnsigned64() throws Exception {
        TestSubject unset = new TestSubject();
        assertTrue(exitRuleMatches("contid=18446744073709551615", unset));
        assertTrue(exitRuleMatches("contid=0xffffffffffffffff", unset));
        assertTrue(exitRuleMatches("contid!=5", unset));
        TestSubject five = new TestSubject().contid(5L);
        assertTrue(exitRuleMatches("contid=5", five));
        assertFalse(exitRuleMatches("contid!=5", five));
        assertFalse(exitRuleMatches("contid=18446744073709551615", five));
        TestSubject huge = new TestSubject().contid(-2L);
        assertTrue(exitRuleMatches("contid=18446744073709551614", huge));
        assertFalse(exitRuleMatches("contid=5", TestSubject.subjectless()));
        assertFalse(exitRuleMatches("contid!=5", TestSubject.subjectless()));
    }

    @Test
    void contidTreeMatchesTheValueAndItsNestedDescendants() throws Exception {
        TestSubject nested = new TestSubject().contid(4L, 2L, 1L);
        assertTrue(exitRuleMatches("contid_tree=1", nested));
        assertTrue(exitRuleMatches("contid_tree=2", nested));
        assertTrue(exitRuleMatches("contid_tree=4", nested));
        assertFalse(exitRuleMatches("contid_tree=3", nested));
        assertFalse(exitRuleMatches("contid_tree=1", new TestSubject()));
        assertFalse(exitRuleMatches("contid_tree=1", TestSubject.subjectless()));
    }

    @Test
    void allConditionsOfARuleMustHold() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -F pid=100 -F uid=0 -F contid=7");
        assertNull(rules.firstExitMatch(new TestSubject()), "contid differs");
        assertSame(rules.exitRules().getFirst(), rules.firstExitMatch(new TestSubject().contid(7L)));
    }

    @Test
    void syscallSelectionByNameOrNumber() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S 308 -S execve -k ns");
        assertEquals("ns", rules.firstExitMatch(new TestSubject().syscall(Syscall.SETNS, true, 0)).key());
        assertEquals("ns", rules.firstExitMatch(new TestSubject().syscall(Syscall.EXECVE, true, 0)).key());
        assertNull(rules.firstExitMatch(new TestSubject().syscall(Syscall.WRITE, true, 1)));
        assertNull(rules.firstExitMatch(new TestSubject().syscall(null, true, 0)), "no syscall: -S cannot match");
    }

    @Test
    void ruleWithoutSyscallsMatchesEverySyscall() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -k all");
        for (Syscall s : Syscall.values()) {
            assertEquals("all", rules.firstExitMatch(new TestSubject().syscall(s, true, 0)).key(), s.name());
        }
    }

    @Test
    void msgtypeMatchesTheRecordTypeUnderEitherName() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F msgtype=CONTAINER_OP");
        TestSubject s = new TestSubject();
        assertFalse(rules.keepRecord(s, RecordType.ofPrintedName("CONTAINER_OP"), false));
        assertFalse(rules.keepRecord(s, RecordType.CONTAINER, false), "seed name of the same type");
        assertTrue(rules.keepRecord(s, RecordType.CONTAINER_INFO, false));
        assertTrue(rules.keepRecord(s, RecordType.SYSCALL, false));
        assertFalse(rules.keepRecord(TestSubject.subjectless(), RecordType.CONTAINER, false), "msgtype is not a subject field");
    }

    @Test
    void msgtypeNotEqual() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F msgtype!=SYSCALL");
        assertTrue(rules.keepRecord(new TestSubject(), RecordType.SYSCALL, false));
        assertFalse(rules.keepRecord(new TestSubject(), RecordType.NS_CREATE, false));
    }

    @Test
    void excludeRulesMayTestSubjectFields() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F msgtype=NS_CREATE -F contid=5");
        assertFalse(rules.keepRecord(new TestSubject().contid(5L), RecordType.NS_CREATE, false));
        assertTrue(rules.keepRecord(new TestSubject().contid(6L), RecordType.NS_CREATE, false));
        assertTrue(rules.keepRecord(TestSubject.subjectless(), RecordType.NS_CREATE, false), "subject field never matches");
    }

    @Test
    void msgtypeNumbersCompareTheRecordNumberOfTheNamingInForce() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,exclude -F msgtype=1020");
        assertFalse(rules.keepRecord(new TestSubject(), RecordType.CONTAINER, true), "1020 is CONTAINER_OP upstream");
        assertTrue(rules.keepRecord(new TestSubject(), RecordType.CONTAINER, false), "the seed numbers it 1344");
        rules.apply("-a never,exclude -F msgtype=1344");
        assertFalse(rules.keepRecord(new TestSubject(), RecordType.CONTAINER, false));
        rules.apply("-a never,exclude -F msgtype=1999");
        assertTrue(rules.keepRecord(new TestSubject(), RecordType.SYSCALL, false), "a number no record carries");
        assertEquals("-a never,exclude -F msgtype=1020\n-a never,exclude -F msgtype=1344\n-a never,exclude -F msgtype=1999",
                rules.apply("-l").listing());
    }

    @Test
    void theUserListDecidesWhetherAUserMessageIsLogged() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a never,user -F contid=5");
        rules.apply("-a always,exit -S all -k everything");
        assertFalse(rules.keepUserMessage(new TestSubject().contid(5L), RecordType.USER, false));
        assertTrue(rules.keepUserMessage(new TestSubject().contid(6L), RecordType.USER, false));
        assertTrue(rules.keepRecord(new TestSubject().contid(5L), RecordType.USER, false), "the exclude list is empty");
        assertEquals("-a never,user -F contid=5\n-a always,exit -S all -F key=everything", rules.apply("-l").listing(),
                "the kernel lists the user list first");
        rules.apply("-a always,user -F msgtype=USER");
        rules.apply("-D");
        assertTrue(rules.keepUserMessage(new TestSubject().contid(5L), RecordType.USER, false), "-D clears the user list");
    }
}
