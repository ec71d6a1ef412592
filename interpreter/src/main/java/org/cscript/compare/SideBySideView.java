package org.cscript.compare;

import java.util.ArrayList;
import java.util.List;
import org.cscript.audit.TraceRecord;

/**
 * The {@code --side-by-side} view of a {@link Comparison}: seed on the left, upstream on the
 * right, one {@code @@} heading per event the designs record differently (as in the unified
 * view). A record is laid out as rows, its header first, then its fields wrapped to the column:
 * fields both layouts print alike share rows; a field that differs gets its own row. The gutter
 * between the columns says what each row is: {@code |} alike, {@code !} different, {@code <}
 * only in seed, {@code >} only in upstream. Audit records are far wider than a column, so they
 * are wrapped at field boundaries rather than cut.
 */
final class SideBySideView {
    /** The narrowest a column may be and still hold a record header's stamp. */
    static final int MIN_WIDTH = 2 * 20 + 3;

    private SideBySideView() {
    }

    static String render(Comparison comparison, int width) {
        int column = (width - 3) / 2;
        StringBuilder out = new StringBuilder();
        row(out, column, "seed", '|', "upstream");
        for (EventPairing.Pair pair : comparison.pairs()) {
            if (pair.kind() == EventPairing.Kind.IDENTICAL) {
                continue;
            }
            out.append("@@ ").append(Comparison.heading(pair)).append(" @@\n");
            for (RecordDifference record : RecordDifference.of(pair)) {
                record(out, column, record);
            }
        }
        return out.append(comparison.summary()).toString();
    }

    private static void record(StringBuilder out, int column, RecordDifference record) {
        if (record.seed() == null || record.upstream() == null) {
            boolean upstream = record.seed() == null;
            TraceRecord r = upstream ? record.upstream() : record.seed();
            List<String> tokens = new ArrayList<>();
            tokens.add(TraceEvent.header(r));
            tokens.addAll(List.of(TraceEvent.fieldText(r).split(" (?=[A-Za-z0-9_-]+=)")));
            for (String text : pack(tokens, column)) {
                row(out, column, upstream ? "" : text, upstream ? '>' : '<', upstream ? text : "");
            }
            return;
        }
        pair(out, column, List.of(TraceEvent.header(record.seed())), List.of(TraceEvent.header(record.upstream())),
                record.renamed() ? '!' : '|');
        // a run of fields alike, or only on one side, shares rows; a field that differs has its own
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        char run = '|';
        for (RecordDifference.Field field : record.fields()) {
            char gutter = !field.differs() ? '|' : field.seed() == null ? '>' : field.upstream() == null ? '<' : '!';
            if (gutter != run || gutter == '!') {
                pair(out, column, left, right, run);
                left.clear();
                right.clear();
                run = gutter;
            }
            if (field.seed() != null) {
                left.add(field.text(false));
            }
            if (field.upstream() != null) {
                right.add(field.text(true));
            }
        }
        pair(out, column, left, right, run);
    }

    /** The two sides' tokens wrapped to the column, row by row, the shorter side padded. */
    private static void pair(StringBuilder out, int column, List<String> left, List<String> right, char gutter) {
        List<String> l = pack(left, column);
        List<String> r = pack(right, column);
        for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
            row(out, column, i < l.size() ? l.get(i) : "", gutter, i < r.size() ? r.get(i) : "");
        }
    }

    /** Space-separated tokens filled into rows of at most {@code column} characters; a longer token is cut into pieces. */
    static List<String> pack(List<String> tokens, int column) {
        List<String> rows = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : tokens) {
            for (int start = 0; start < token.length(); start += column) {
                String piece = token.substring(start, Math.min(token.length(), start + column));
                if (current.length() > 0 && current.length() + 1 + piece.length() > column) {
                    rows.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? " " : "").append(piece);
            }
        }
        if (current.length() > 0) {
            rows.add(current.toString());
        }
        return rows;
    }

    private static void row(StringBuilder out, int column, String left, char gutter, String right) {
        out.append(left).append(" ".repeat(column - left.length())).append(' ').append(gutter);
        if (!right.isEmpty()) {
            out.append(' ').append(right);
        }
        out.append('\n');
    }
}
