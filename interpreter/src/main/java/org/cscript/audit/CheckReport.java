package org.cscript.audit;

/**
 * Writes the messages of {@link AuditChecker}: a kernel engineer reads them to debug a scenario,
 * so each says what was expected, where the search started and what the trace holds instead.
 * Records are named by trace line (1-based, as in the .trace file) and serial.
 */
final class CheckReport {

    private static final String INDENT = "  ";
    private static final String RECORD_INDENT = "    ";

    private final RecordWindow records;

    CheckReport(RecordWindow records) {
        this.records = records;
    }

    /** "line 5 (serial 4)" for the record at {@code index}. */
    String position(int index) {
        return "line " + (index + 1) + " (serial " + records.get(index).serial() + ")";
    }

    /** Where a search from {@code cursor} starts: "at the start of the trace" or "after line 4 (serial 2), ...". */
    String searchStart(int cursor) {
        return cursor == 0 ? "at the start of the trace"
                : "after " + position(cursor - 1) + ", the record matched by the previous assertion";
    }

    /** "lines 3-8", "line 3", or null for an empty range. */
    static String lines(int from, int to) {
        if (from >= to) {
            return null;
        }
        return to - from == 1 ? "line " + (from + 1) : "lines " + (from + 1) + "-" + to;
    }

    String noMatch(String statement, AuditPattern p, int cursor) {
        StringBuilder text = new StringBuilder(statement).append(' ').append(p.describe()).append(": no matching record");
        String searched = lines(cursor, records.size());
        text.append('\n').append(INDENT).append("search started ").append(searchStart(cursor)).append("; ")
                .append(searched == null ? "no records follow" + (records.isEmpty() ? " (the trace is empty)" : "")
                        : "searched " + searched + ", up to the end of the trace so far");
        int candidate = nearestCandidate(p, cursor);
        if (candidate >= 0) {
            TraceRecord r = records.get(candidate);
            // auditd's text for a type of the design says which one it is: "UNKNOWN[1344] is CONTAINER"
            String alias = r.printedType().equals(r.type()) ? "" : ", " + r.printedType() + " is " + r.type();
            text.append('\n').append(INDENT).append("nearest candidate: line ").append(candidate + 1)
                    .append(" (serial ").append(r.serial()).append(alias).append(')')
                    .append(", ").append(matchCount(p, r)).append(':');
            appendRecordAndDifferences(text, p, records.get(candidate));
        } else {
            text.append('\n').append(INDENT).append("nearest candidate: none, ")
                    .append(cursor == 0 ? "the trace has no " + p.type() + " records"
                            : "no " + p.type() + " records after " + position(cursor - 1));
        }
        appendEarlierMatchNote(text, p, cursor, candidate < 0);
        appendTypeNameNote(text, p);
        return text.toString();
    }

    String nextMismatch(AuditPattern p, int cursor) {
        StringBuilder text = new StringBuilder("assert_audit_next ").append(p.describe());
        String after = cursor == 0 ? "the first record of the trace"
                : "right after " + position(cursor - 1) + ", the record matched by the previous assertion";
        if (cursor >= records.size()) {
            text.append(": no next record").append('\n').append(INDENT).append("expected at line ")
                    .append(cursor + 1).append(", ").append(after).append(", but ")
                    .append(records.isEmpty() ? "the trace is empty" : "the trace ends there (so far)");
            return text.toString();
        }
        TraceRecord actual = records.get(cursor);
        text.append(": the next record does not match").append('\n').append(INDENT).append("expected at ")
                .append(position(cursor)).append(", ").append(after)
                .append('\n').append(INDENT).append("found there, ").append(matchCount(p, actual)).append(':');
        appendRecordAndDifferences(text, p, actual);
        int later = AuditChecker.find(records, p, cursor + 1);
        if (later >= 0) {
            int distance = later - cursor;
            text.append('\n').append(INDENT).append("note: the first matching record after it is ")
                    .append(position(later)).append(", ").append(distance)
                    .append(distance == 1 ? " record" : " records").append(" further on");
        }
        appendTypeNameNote(text, p);
        return text.toString();
    }

    /**
     * An assert_no_audit pattern matched inside its range.
     *
     * @param until what ends the range, e.g. "the end of the trace"
     */
    String forbidden(AuditPattern not, int found, int cursor, int end, String until) {
        StringBuilder text = new StringBuilder("assert_no_audit ").append(not.describe())
                .append(": forbidden record found at ").append(position(found)).append(':');
        text.append('\n').append(RECORD_INDENT).append(records.get(found).line());
        text.append('\n').append(INDENT).append("checked ").append(lines(cursor, end)).append(": ")
                .append(cursor == 0 ? "from the start of the trace" : "the records after " + position(cursor - 1)
                        + " (the previous match)").append(" up to ").append(until);
        return text.toString();
    }

    private String matchCount(AuditPattern p, TraceRecord r) {
        int total = p.fields().size();
        int matching = total - p.mismatches(r).size();
        return matching + " of " + total + (total == 1 ? " field matches" : " fields match");
    }

    private void appendRecordAndDifferences(StringBuilder text, AuditPattern p, TraceRecord r) {
        text.append('\n').append(RECORD_INDENT).append(r.line());
        if (!r.type().equals(p.type())) {
            text.append('\n').append(RECORD_INDENT).append("type: expected ").append(p.type())
                    .append(", actual ").append(r.type());
        }
        for (FieldPattern f : p.mismatches(r)) {
            text.append('\n').append(RECORD_INDENT).append(difference(f, r));
        }
    }

    /** "contid: expected 5, actual 6" for a field pattern the record does not satisfy. */
    static String difference(FieldPattern f, TraceRecord r) {
        String expected = switch (f) {
            case FieldPattern.Literal literal -> literal.describe().substring(f.field().length() + 1);
            case FieldPattern.Any any -> "any value (*)";
            case FieldPattern.Regex regex -> "a match of /" + regex.pattern().pattern() + "/";
        };
        String raw = r.raw(f.field());
        if (raw == null) {
            return f.field() + ": expected " + expected + ", but the record has no " + f.field() + " field";
        }
        String actual = raw;
        String decoded = r.decoded(f.field());
        boolean onlyQuotesDiffer = raw.length() == decoded.length() + 2 && raw.startsWith(decoded, 1);
        if (!decoded.equals(raw) && !onlyQuotesDiffer) {
            actual += " (hex for \"" + decoded + "\")";
        }
        return f.field() + ": expected " + expected + ", actual " + actual;
    }

    /** The record of the pattern's type at or after the cursor with the most matching fields, or -1. */
    private int nearestCandidate(AuditPattern p, int cursor) {
        int best = -1;
        int bestMatching = -1;
        for (int i = cursor; i < records.size(); i++) {
            TraceRecord r = records.get(i);
            if (r.type().equals(p.type())) {
                int matching = p.fields().size() - p.mismatches(r).size();
                if (matching > bestMatching) { // ties keep the earliest
                    best = i;
                    bestMatching = matching;
                }
            }
        }
        return best;
    }

    private void appendEarlierMatchNote(StringBuilder text, AuditPattern p, int cursor, boolean noCandidate) {
        for (int i = cursor - 1; i >= records.first(); i--) {   // the records still held
            if (p.matches(records.get(i))) {
                text.append('\n').append(INDENT).append("note: ").append(position(i))
                        .append(" matches, but it lies before the search start (assertions match in trace order)");
                return;
            }
        }
        if (noCandidate) {
            for (int i = cursor - 1; i >= records.first(); i--) {   // the records still held
                if (records.get(i).type().equals(p.type())) {
                    text.append('\n').append(INDENT).append("note: the last ").append(p.type())
                            .append(" record is ").append(position(i)).append(", before the search start");
                    return;
                }
            }
        }
    }

    /** Points out a seed/upstream name mix-up (§4.3, audit.record_names) when the trace uses the other name. */
    private void appendTypeNameNote(StringBuilder text, AuditPattern p) {
        RecordType type = RecordType.ofPrintedName(p.type());
        if (type == null || records.anyOfType(p.type())) {
            return;
        }
        for (boolean upstream : new boolean[] {false, true}) {
            String other = type.printedName(upstream);
            if (!other.equals(p.type()) && records.anyOfType(other)) {
                text.append('\n').append(INDENT).append("note: the trace has ").append(other).append(" records; ")
                        .append(other).append(" is the ").append(upstream ? "upstream" : "seed").append(" name of ")
                        .append(p.type()).append(" (config audit.record_names)");
                return;
            }
        }
    }
}
