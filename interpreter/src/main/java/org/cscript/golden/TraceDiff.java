package org.cscript.golden;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceRecord;

/**
 * How an actual trace differs from its golden: a heading that names the statement of the
 * scenario that produced the first differing record and that record's serial, the fields that
 * differ in each changed record (expected vs actual, field by field), then a unified diff with
 * three lines of context (java-diff-utils: Myers' algorithm, fast for the few changes a
 * regression usually has, even in a trace of many thousand lines).
 */
public final class TraceDiff {
    private static final int CONTEXT = 3;
    /** At most this many changed records get a field-by-field list (the diff shows the rest). */
    private static final int FIELD_LISTS = 5;

    private TraceDiff() {
    }

    /**
     * The report, or "" when the line lists are equal.
     *
     * @param origin where actual line {@code i} came from ("SCRIPT:LINE", "" if unknown)
     */
    public static String report(String expectedName, List<String> expected, String actualName, List<String> actual,
            IntFunction<String> origin) {
        Patch<String> patch = DiffUtils.diff(expected, actual);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(heading(patch.getDeltas().getFirst(), expected, actual, origin)).append('\n');
        int lists = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            if (delta.getType() == DeltaType.CHANGE && delta.getSource().size() == delta.getTarget().size()) {
                for (int k = 0; k < delta.getSource().size() && lists < FIELD_LISTS; k++, lists++) {
                    out.append(fieldChanges(delta.getTarget().getPosition() + k, delta.getSource().getLines().get(k),
                            delta.getTarget().getLines().get(k)));
                }
            }
        }
        for (String line : UnifiedDiffUtils.generateUnifiedDiff(expectedName, actualName, expected, patch, CONTEXT)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String heading(AbstractDelta<String> first, List<String> expected, List<String> actual,
            IntFunction<String> origin) {
        int at = first.getTarget().getPosition();
        if (!first.getTarget().getLines().isEmpty()) {
            String where = origin.apply(at);
            return "first difference: line " + (at + 1) + serial(actual.get(at))
                    + (where.isEmpty() ? "" : ", written by " + where);
        }
        // Only golden lines are missing: name the golden record and the last record the run wrote.
        String missing = expected.get(first.getSource().getPosition());
        String after = at > 0 ? origin.apply(at - 1) : "";
        return "first difference: golden line " + (first.getSource().getPosition() + 1) + serial(missing)
                + " is missing from the run"
                + (after.isEmpty() ? "" : "; its last matching record was written by " + after);
    }

    /** "  line 12 (serial 5): contid: expected 6, actual 5; res: expected 1, actual 0" for a changed record. */
    private static String fieldChanges(int index, String expectedLine, String actualLine) {
        TraceRecord want;
        TraceRecord got;
        try {
            want = TraceRecord.parse(expectedLine);
            got = TraceRecord.parse(actualLine);
        } catch (MalformedRecordException e) {
            return "";   // not a record line (a golden edited by hand): the diff shows it
        }
        List<String> changes = new ArrayList<>();
        if (!want.printedType().equals(got.printedType())) {
            changes.add("type: expected " + want.printedType() + ", actual " + got.printedType());
        }
        if (!want.timestamp().equals(got.timestamp())) {
            changes.add("time: expected " + want.timestamp() + ", actual " + got.timestamp());
        }
        for (String name : union(want.fieldNames(), got.fieldNames())) {
            String a = want.raw(name);
            String b = got.raw(name);
            if (!Objects.equals(a, b)) {
                changes.add(name + ": " + (a == null ? "absent" : "expected " + a) + ", "
                        + (b == null ? "absent" : "actual " + b));
            }
        }
        if (changes.isEmpty()) {
            return "";
        }
        return "  line " + (index + 1) + " (serial " + got.serial() + "): " + String.join("; ", changes) + "\n";
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(n -> !out.contains(n)).forEach(out::add);
        return out;
    }

    /** " (serial 5)" for a record line; "" for a line that is none (an .err golden's diagnostics). */
    private static String serial(String line) {
        int start = line.indexOf("msg=audit(");
        int colon = start < 0 ? -1 : line.indexOf(':', start);
        int end = colon < 0 ? -1 : line.indexOf(')', colon);
        return end < 0 ? "" : " (serial " + line.substring(colon + 1, end) + ")";
    }
}
