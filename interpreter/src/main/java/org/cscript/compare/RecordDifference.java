package org.cscript.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cscript.audit.TraceRecord;

/**
 * How two paired events differ, record by record and field by field: the records are aligned
 * by their kind (CONTAINER and CONTAINER_OP are one kind, so a renamed record pairs with its
 * namesake and its fields are compared), and the fields of two paired records by name, so a
 * field one layout leaves out is shown as absent rather than shifting every later field.
 *
 * @param seed the seed record, null when only upstream writes it
 * @param upstream the upstream record, null when only seed writes it
 * @param fields the fields of a paired record in order (empty for an unpaired one)
 */
record RecordDifference(TraceRecord seed, TraceRecord upstream, List<Field> fields) {
    /** A field of a paired record: its printed values, null where a record has no such field. */
    record Field(String name, String seed, String upstream) {
        boolean differs() {
            return !Objects.equals(seed, upstream);
        }

        /** {@code name=value} as the record that has it prints it. */
        String text(boolean upstreamSide) {
            String value = upstreamSide ? upstream : seed;
            return value == null ? null : name + "=" + value;
        }
    }

    /** The records of two paired events, aligned. */
    /** The records of a pair of events that are not identical: one side's alone, or the two compared. */
    static List<RecordDifference> of(EventPairing.Pair pair) {
        return switch (pair.kind()) {
            case ONLY_SEED -> alone(pair.seed(), false);
            case ONLY_UPSTREAM -> alone(pair.upstream(), true);
            default -> of(pair.seed(), pair.upstream());
        };
    }

    static List<RecordDifference> of(TraceEvent seed, TraceEvent upstream) {
        List<TraceRecord> a = seed.records();
        List<TraceRecord> b = upstream.records();
        List<RecordDifference> out = new ArrayList<>();
        for (Steps.Step step : Steps.align(a, b, (x, y) -> TraceEvent.kind(x).equals(TraceEvent.kind(y)))) {
            TraceRecord s = step.left() < 0 ? null : a.get(step.left());
            TraceRecord u = step.right() < 0 ? null : b.get(step.right());
            out.add(new RecordDifference(s, u, s != null && u != null ? fields(s, u) : List.of()));
        }
        return out;
    }

    /** The records of one event only one run wrote. */
    static List<RecordDifference> alone(TraceEvent event, boolean upstreamSide) {
        return event.records().stream()
                .map(r -> upstreamSide ? new RecordDifference(null, r, List.of()) : new RecordDifference(r, null, List.of()))
                .toList();
    }

    private static List<Field> fields(TraceRecord s, TraceRecord u) {
        List<String> a = s.fieldNames();
        List<String> b = u.fieldNames();
        List<Field> out = new ArrayList<>();
        for (Steps.Step step : Steps.align(a, b, String::equals)) {
            String name = step.left() >= 0 ? a.get(step.left()) : b.get(step.right());
            out.add(new Field(name, step.left() >= 0 ? s.raw(name) : null, step.right() >= 0 ? u.raw(name) : null));
        }
        return out;
    }

    /** Whether both runs wrote this record, and wrote it alike (its type spelling aside). */
    boolean same() {
        return seed != null && upstream != null && TraceEvent.recordKey(seed).equals(TraceEvent.recordKey(upstream));
    }

    /** Whether the two records are of one kind but named differently by the two designs (CONTAINER, CONTAINER_OP). */
    boolean renamed() {
        return seed != null && upstream != null && !seed.type().equals(upstream.type());
    }
}
