package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordered trace assertions with FileCheck semantics (language.md "assert_audit"). The trace is
 * example B of kernel-model.md §4.7: line 1 CONTAINER res=1 (serial 1), 2 SYSCALL write ok,
 * 3 CONTAINER res=0 (serial 2), 4 SYSCALL write exit=-10, 5 SYSCALL execve (serial 3),
 * 6 CONTAINER_INFO.
 */
class AuditCheckerTest {

    private static final List<String> B = TraceFixtures.lines("worked-example-b.trace");

    private final AuditChecker checker = over(B);

    /** A checker that has read {@code lines}, as if the kernel had just written them. */
    private static AuditChecker over(List<String> lines) {
        AuditChecker c = new AuditChecker();
        lines.forEach(line -> read(c, line));
        return c;
    }

    private static void read(AuditChecker c, String line) {
        try {
            c.read(TraceRecord.parse(line));
        } catch (MalformedRecordException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertPass(CheckResult r, String message) {
        assertTrue(r.ok(), r.message());
        assertEquals(message, r.message());
    }

    private static void assertFail(CheckResult r, String message) {
        assertFalse(r.ok(), "expected a failure, got: " + r.message());
        assertEquals(message, r.message());
    }

    @Test
    void checksMatchInOrderAndMoveTheCursorPastTheMatch() {
        assertPass(checker.check(Patterns.of("CONTAINER res=1")), "assert_audit CONTAINER res=1 matched line 1 (serial 1)");
        assertEquals(1, checker.cursor());
        assertPass(checker.check(Patterns.of("SYSCALL exit=-10")), "assert_audit SYSCALL exit=-10 matched line 4 (serial 2)");
        assertEquals(4, checker.cursor());
        assertPass(checker.check(Patterns.of("SYSCALL")), "assert_audit SYSCALL matched line 5 (serial 3)");
    }

    @Test
    void aRecordBeforeTheCursorIsNotFoundAgain() {
        checker.check(Patterns.of("SYSCALL exit=-10"));
        assertFail(checker.check(Patterns.of("CONTAINER res=1")), """
                assert_audit CONTAINER res=1: no matching record
                  search started after line 4 (serial 2), the record matched by the previous assertion; \
                searched lines 5-6, up to the end of the trace so far
                  nearest candidate: none, no CONTAINER records after line 4 (serial 2)
                  note: line 1 (serial 1) matches, but it lies before the search start (assertions match in trace order)""");
        assertEquals(4, checker.cursor(), "a failed check leaves the cursor");
    }

    @Test
    void nearestCandidateIsTheSameTypeRecordWithTheMostMatchingFields() {
        assertFail(checker.check(Patterns.of("CONTAINER op=set contid=5 res=0")), """
                assert_audit CONTAINER op=set contid=5 res=0: no matching record
                  search started at the start of the trace; searched lines 1-6, up to the end of the trace so far
                  nearest candidate: line 3 (serial 2), 2 of 3 fields match:
                    %s
                    contid: expected 5, actual 123457""".formatted(B.get(2)));
    }

    @Test
    void nearestCandidateTiesGoToTheEarliestRecord() {
        CheckResult r = checker.check(Patterns.of("SYSCALL syscall=59 pid=999"));
        assertTrue(r.message().contains("nearest candidate: line 5 (serial 3), 1 of 2 fields match:"), r.message());
        r = checker.check(Patterns.of("SYSCALL pid=999"));
        assertTrue(r.message().contains("nearest candidate: line 2 (serial 1), 0 of 1 field matches:"), r.message());
        assertTrue(r.message().endsWith("pid: expected 999, actual 100"), r.message());
    }

    @Test
    void differencesNameAbsentFieldsRegexesAndWildcards() {
        CheckResult r = checker.check(Patterns.of("SYSCALL syscall=59 comm=/^b/ key=* record=*"));
        assertTrue(r.message().endsWith("\n    comm: expected a match of /^b/, actual \"sh\"\n"
                + "    record: expected any value (*), but the record has no record field"), r.message());
    }

    @Test
    void noRecordOfTheTypeAtAll() {
        assertFail(checker.check(Patterns.of("LOGIN pid=100")), """
                assert_audit LOGIN pid=100: no matching record
                  search started at the start of the trace; searched lines 1-6, up to the end of the trace so far
                  nearest candidate: none, the trace has no LOGIN records""");
    }

    @Test
    void aSeedUpstreamNameMixUpIsPointedOut() {
        CheckResult r = checker.check(Patterns.of("CONTAINER_OP op=set"));
        assertTrue(r.message().endsWith("note: the trace has CONTAINER records; CONTAINER is the seed name of "
                + "CONTAINER_OP (config audit.record_names)"), r.message());
        AuditChecker upstream = over(TraceFixtures.lines("encodings.trace"));
        r = upstream.check(Patterns.of("CONTAINER_INFO contid=7"));
        assertTrue(r.message().endsWith("note: the trace has CONTAINER_ID records; CONTAINER_ID is the upstream name of "
                + "CONTAINER_INFO (config audit.record_names)"), r.message());
    }

    @Test
    void theLastEarlierRecordOfTheTypeIsNamedWhenNoneFollows() {
        checker.check(Patterns.of("SYSCALL exit=-10"));
        CheckResult r = checker.check(Patterns.of("CONTAINER res=2"));
        assertTrue(r.message().endsWith("note: the last CONTAINER record is line 3 (serial 2), before the search start"),
                r.message());
    }

    @Test
    void hexEncodedCommMatchesItsTextAndDifferencesShowTheDecoding() {
        AuditChecker hex = over(TraceFixtures.lines("encodings.trace"));
        CheckResult miss = hex.check(Patterns.of("CONTAINER_OP comm=runc"));
        assertTrue(miss.message().endsWith("comm: expected runc, actual 6D792072756E63 (hex for \"my runc\")"),
                miss.message());
        assertTrue(hex.check(new AuditPattern("CONTAINER_OP", List.of(new FieldPattern.Literal("comm", "my runc"))))
                .ok());
        assertTrue(hex.check(Patterns.of("SYSCALL comm=/^my/ key=\"quiet\"")).ok());
    }

    @Test
    void eachCheckSeesTheRecordsWrittenSoFar() {
        AuditChecker checker = new AuditChecker();
        assertFail(checker.check(Patterns.of("SYSCALL")), """
                assert_audit SYSCALL: no matching record
                  search started at the start of the trace; no records follow (the trace is empty)
                  nearest candidate: none, the trace has no SYSCALL records""");
        B.subList(0, 2).forEach(line -> read(checker, line));
        assertPass(checker.check(Patterns.of("SYSCALL")), "assert_audit SYSCALL matched line 2 (serial 1)");
        assertFalse(checker.check(Patterns.of("CONTAINER_INFO")).ok());
        B.subList(2, 6).forEach(line -> read(checker, line));
        assertPass(checker.check(Patterns.of("CONTAINER_INFO")), "assert_audit CONTAINER_INFO matched line 6 (serial 3)");
    }

    @Test
    void nextMustMatchTheRecordRightAfterTheLastMatch() {
        assertPass(checker.checkNext(Patterns.of("CONTAINER op=set")), "assert_audit_next CONTAINER op=set matched line 1 (serial 1)");
        assertPass(checker.checkNext(Patterns.of("SYSCALL syscall=1")), "assert_audit_next SYSCALL syscall=1 matched line 2 (serial 1)");
        assertFail(checker.checkNext(Patterns.of("SYSCALL success=no")), """
                assert_audit_next SYSCALL success=no: the next record does not match
                  expected at line 3 (serial 2), right after line 2 (serial 1), the record matched by the previous assertion
                  found there, 0 of 1 field matches:
                    %s
                    type: expected SYSCALL, actual CONTAINER
                    success: expected no, but the record has no success field
                  note: the first matching record after it is line 4 (serial 2), 1 record further on""".formatted(B.get(2)));
        assertEquals(2, checker.cursor());
    }

    @Test
    void nextAtTheStartAndAtTheEndOfTheTrace() {
        assertFail(checker.checkNext(Patterns.of("SYSCALL")), """
                assert_audit_next SYSCALL: the next record does not match
                  expected at line 1 (serial 1), the first record of the trace
                  found there, 0 of 0 fields match:
                    %s
                    type: expected SYSCALL, actual CONTAINER
                  note: the first matching record after it is line 2 (serial 1), 1 record further on""".formatted(B.getFirst()));
        checker.check(Patterns.of("CONTAINER_INFO"));
        assertFail(checker.checkNext(Patterns.of("SYSCALL")), """
                assert_audit_next SYSCALL: no next record
                  expected at line 7, right after line 6 (serial 3), the record matched by the previous assertion, \
                but the trace ends there (so far)""");
    }

    @Test
    void notFailsTheNextCheckWhenAForbiddenRecordLiesBeforeItsMatch() {
        checker.checkNot(Patterns.of("SYSCALL success=no"));
        assertFail(checker.check(Patterns.of("CONTAINER_INFO contid=123456")), """
                assert_no_audit SYSCALL success=no: forbidden record found at line 4 (serial 2):
                    %s
                  checked lines 1-5: from the start of the trace up to line 6 (serial 3), matched by \
                assert_audit CONTAINER_INFO contid=123456""".formatted(B.get(3)));
        assertEquals(6, checker.cursor(), "the positive assertion's own match still counts");
        assertPass(checker.finish(), "no pending assert_no_audit");
    }

    @Test
    void notRangeStartsAtTheCursorAndEndsBeforeTheNextMatch() {
        checker.check(Patterns.of("SYSCALL success=no"));
        checker.checkNot(Patterns.of("SYSCALL success=no"));
        checker.checkNot(Patterns.of("CONTAINER_INFO"));
        assertPass(checker.check(Patterns.of("SYSCALL syscall=59")), "assert_audit SYSCALL syscall=59 matched line 5 (serial 3)");
        assertPass(checker.finish(), "no pending assert_no_audit");
    }

    @Test
    void notReportsTheEarliestViolationAmongSeveralPatterns() {
        checker.check(Patterns.of("CONTAINER"));
        checker.checkNot(Patterns.of("SYSCALL syscall=59"));
        checker.checkNot(Patterns.of("SYSCALL syscall=1"));
        CheckResult r = checker.check(Patterns.of("CONTAINER_INFO"));
        assertTrue(r.message().startsWith("assert_no_audit SYSCALL syscall=1: forbidden record found at line 2 (serial 1):"),
                r.message());
        assertTrue(r.message().endsWith("checked lines 2-5: the records after line 1 (serial 1) (the previous match) "
                + "up to line 6 (serial 3), matched by assert_audit CONTAINER_INFO"), r.message());
    }

    @Test
    void finishChecksPendingNotsAgainstTheRestOfTheTrace() {
        checker.check(Patterns.of("SYSCALL syscall=59"));
        checker.checkNot(Patterns.of("CONTAINER_INFO contid=123456"));
        assertFail(checker.finish(), """
                assert_no_audit CONTAINER_INFO contid=123456: forbidden record found at line 6 (serial 3):
                    %s
                  checked line 6: the records after line 5 (serial 3) (the previous match) up to the end of the trace"""
                .formatted(B.get(5)));
    }

    @Test
    void finishPassesWhenNoForbiddenRecordFollows() {
        checker.check(Patterns.of("SYSCALL exit=-10"));
        checker.checkNot(Patterns.of("CONTAINER"));
        checker.checkNot(Patterns.of("SYSCALL success=no"));
        assertPass(checker.finish(), "assert_no_audit CONTAINER; SYSCALL success=no: none found in lines 5-6");
        assertPass(checker.finish(), "no pending assert_no_audit");
    }

    @Test
    void notBeforeNextCoversAnEmptyRange() {
        checker.check(Patterns.of("CONTAINER res=1"));
        checker.checkNot(Patterns.of("SYSCALL"));
        assertTrue(checker.checkNext(Patterns.of("SYSCALL")).ok(), "CHECK-NOT looks only between the two matches");
        assertPass(checker.finish(), "no pending assert_no_audit");
    }

    @Test
    void aFailedCheckKeepsPendingNots() {
        checker.checkNot(Patterns.of("USER"));
        checker.checkNot(Patterns.of("SYSCALL success=no"));
        assertFalse(checker.check(Patterns.of("LOGIN")).ok());
        assertEquals(0, checker.cursor());
        CheckResult end = checker.finish();
        assertFalse(end.ok());
        assertTrue(end.message().startsWith("assert_no_audit SYSCALL success=no: forbidden record found at line 4"),
                end.message());
    }

    @Test
    void recordsNoAssertionCanReachAreLetGoButAPendingNotKeepsThem() {
        AuditChecker long_ = new AuditChecker();
        for (int serial = 1; serial <= 10_000; serial++) {
            read(long_, "type=USER msg=audit(1500000000.000:" + serial + "): pid=100 n=" + serial);
        }
        assertPass(long_.check(Patterns.of("USER n=9000")), "assert_audit USER n=9000 matched line 9000 (serial 9000)");
        for (int serial = 10_001; serial <= 10_400; serial++) {
            read(long_, "type=USER msg=audit(1500000000.000:" + serial + "): pid=100 n=" + serial);
        }
        assertTrue(long_.heldRecords() <= 2 * AuditChecker.HISTORY + 1400, "held " + long_.heldRecords());
        CheckResult early = long_.check(Patterns.of("USER n=5"));
        assertFalse(early.ok());
        assertFalse(early.message().contains("note: line 5"), "record 5 was let go: " + early.message());
        assertTrue(long_.check(Patterns.of("USER n=10400")).ok(), "the records after the cursor are all held");

        AuditChecker pending = new AuditChecker();
        pending.checkNot(Patterns.of("USER n=2"));
        for (int serial = 1; serial <= 5_000; serial++) {
            read(pending, "type=USER msg=audit(1500000000.000:" + serial + "): pid=100 n=" + serial);
        }
        assertEquals(5_000, pending.heldRecords(), "a pending assert_no_audit needs every record since its start");
        assertFalse(pending.finish().ok());
    }
}
