package org.cscript.compare;

import java.util.ArrayList;
import java.util.List;
import org.cscript.audit.TraceRecord;

/**
 * The default view of a {@link Comparison}: like a unified diff, one hunk per event the designs
 * record differently. A hunk's {@code @@} heading says what changed (differs, only in seed,
 * only in upstream), the serials and the statement that wrote it; then its records as printed,
 * the seed's ({@code -}) and the upstream's ({@code +}) interleaved record by record, a record
 * both write alike once as context (a space, the seed's copy); then, for a differing event,
 * what differs record by record: {@code field: seed-value -> upstream-value}, the fields only
 * one layout has, the records only one design writes. Identical events are only counted.
 */
final class UnifiedView {
    private UnifiedView() {
    }

    static String render(Comparison comparison) {
        StringBuilder out = new StringBuilder("--- seed\n+++ upstream\n");
        for (EventPairing.Pair pair : comparison.pairs()) {
            if (pair.kind() == EventPairing.Kind.IDENTICAL) {
                continue;
            }
            out.append("@@ ").append(Comparison.heading(pair)).append(" @@\n");
            List<RecordDifference> records = RecordDifference.of(pair);
            for (RecordDifference record : records) {
                lines(out, record);
            }
            if (pair.kind() == EventPairing.Kind.DIFFERENT) {
                records.forEach(record -> explain(out, record));
            }
        }
        return out.append(comparison.summary()).toString();
    }

    /** A record both write alike as one context line (the seed's), else the seed's {@code -} and the upstream's {@code +}. */
    private static void lines(StringBuilder out, RecordDifference record) {
        if (record.same()) {
            out.append(' ').append(record.seed().line()).append('\n');
            return;
        }
        if (record.seed() != null) {
            out.append('-').append(record.seed().line()).append('\n');
        }
        if (record.upstream() != null) {
            out.append('+').append(record.upstream().line()).append('\n');
        }
    }

    /** The indented lines that say how one record of a differing event differs (none if it does not). */
    private static void explain(StringBuilder out, RecordDifference record) {
        if (record.same()) {
            return;
        }
        if (record.upstream() == null) {
            out.append("  ").append(record.seed().type()).append(": only in seed\n");
            return;
        }
        if (record.seed() == null) {
            out.append("  ").append(record.upstream().type()).append(": only in upstream\n");
            return;
        }
        out.append("  ").append(typeName(record)).append(":\n");
        List<String> onlySeed = new ArrayList<>();
        List<String> onlyUpstream = new ArrayList<>();
        for (RecordDifference.Field field : record.fields()) {
            if (field.seed() == null) {
                onlyUpstream.add(field.name());
            } else if (field.upstream() == null) {
                onlySeed.add(field.name());
            } else if (field.differs()) {
                out.append("    ").append(field.name()).append(": ").append(field.seed()).append(" -> ")
                        .append(field.upstream()).append('\n');
            }
        }
        if (!onlySeed.isEmpty()) {
            out.append("    only in seed: ").append(String.join(" ", onlySeed)).append('\n');
        }
        if (!onlyUpstream.isEmpty()) {
            out.append("    only in upstream: ").append(String.join(" ", onlyUpstream)).append('\n');
        }
        if (record.fields().stream().noneMatch(RecordDifference.Field::differs) && !record.renamed()) {
            out.append("    the same fields, printed differently\n");   // a repeated field's later value
        }
    }

    /** {@code CONTAINER -> CONTAINER_OP} for a record the designs name differently, else its one name. */
    private static String typeName(RecordDifference record) {
        TraceRecord s = record.seed();
        TraceRecord u = record.upstream();
        return record.renamed() ? s.type() + " -> " + u.type() : s.type();
    }
}
