package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordered matching of a scenario's trace, with the semantics of LLVM FileCheck (language.md
 * "assert_audit"): {@code assert_audit} is CHECK, {@code assert_audit_next} is CHECK-NEXT and
 * {@code assert_no_audit} is CHECK-NOT. One checker serves one scenario run; the trace grows
 * while the script runs, so every call reads the supplier again.
 *
 * <p>The cursor is the index after the last matched record (0 at the start). Failed checks leave
 * the cursor where it was; an {@code assert_no_audit} violation is reported by the check that
 * ends its range, and that check's own match still moves the cursor (the positive assertion
 * did find its record).
 */
public final class AuditChecker {
    /** Records held before the cursor, for "an earlier record matches" in a failure report. */
    static final int HISTORY = 1000;

    private final RecordWindow records = new RecordWindow();
    private final List<AuditPattern> pendingNots = new ArrayList<>();
    private int cursor;

    /** Takes the records of an event the kernel wrote, in trace order. */
    public void written(WrittenEvent event) {
        for (int i = 0; i < event.records().size(); i++) {
            records.add(TraceRecord.of(event, i));
        }
        records.dropBefore(cursor - HISTORY);
    }

    /** Takes one record read from a trace given as text, in trace order. */
    public void read(TraceRecord record) {
        records.add(record);
        records.dropBefore(cursor - HISTORY);
    }

    /** How many records the checker holds now (for tests of what it lets go). */
    int heldRecords() {
        return records.held();
    }

    /** The index after the last matched record: where the next search starts. */
    public int cursor() {
        return cursor;
    }

    /** assert_audit (CHECK): the first match at or after the cursor. */
    public CheckResult check(AuditPattern p) {
        int match = find(records, p, cursor);
        if (match < 0) {
            return CheckResult.fail(report().noMatch("assert_audit", p, cursor));
        }
        return accept(match, "assert_audit " + p.describe());
    }

    /** assert_audit_next (CHECK-NEXT): the record at the cursor must match. */
    public CheckResult checkNext(AuditPattern p) {
        if (cursor >= records.size() || !p.matches(records.get(cursor))) {
            return CheckResult.fail(report().nextMismatch(p, cursor));
        }
        // Pending assert_no_audit patterns cover the records strictly between the previous
        // match and this one, as CHECK-NOT does: here that range is empty.
        return accept(cursor, "assert_audit_next " + p.describe());
    }

    /**
     * assert_no_audit (CHECK-NOT): no record matching {@code p} may lie between the cursor and
     * the record the next successful check matches (that check then fails), or the end of the
     * trace at {@link #finish()}.
     */
    public void checkNot(AuditPattern p) {
        pendingNots.add(p);
    }

    /** End of the scenario: the pending assert_no_audit patterns against the rest of the trace. */
    public CheckResult finish() {
        if (pendingNots.isEmpty()) {
            return CheckResult.pass("no pending assert_no_audit");
        }
        String violation = firstViolation(records.size(), "the end of the trace");
        String checked = CheckReport.lines(cursor, records.size());
        List<String> patterns = pendingNots.stream().map(AuditPattern::describe).toList();
        pendingNots.clear();
        if (violation != null) {
            return CheckResult.fail(violation);
        }
        return CheckResult.pass("assert_no_audit " + String.join("; ", patterns) + ": none found in "
                + (checked == null ? "the (empty) rest of the trace" : checked));
    }

    private CheckResult accept(int match, String statement) {
        String violation = firstViolation(match, position(match) + ", matched by " + statement);
        cursor = match + 1;
        pendingNots.clear();
        records.dropBefore(cursor - HISTORY);
        return violation == null ? CheckResult.pass(statement + " matched " + position(match))
                : CheckResult.fail(violation);
    }

    /** The message for the earliest record in [cursor, end) that a pending not matches, or null. */
    private String firstViolation(int end, String until) {
        for (int i = cursor; i < end; i++) {
            for (AuditPattern not : pendingNots) {
                if (not.matches(records.get(i))) {
                    return report().forbidden(not, i, cursor, end, until);
                }
            }
        }
        return null;
    }

    /** The first record at or after {@code from} that matches, or -1. */
    static int find(RecordWindow records, AuditPattern p, int from) {
        for (int i = from; i < records.size(); i++) {
            if (p.matches(records.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private String position(int index) {
        return report().position(index);
    }

    private CheckReport report() {
        return new CheckReport(records);
    }
}
