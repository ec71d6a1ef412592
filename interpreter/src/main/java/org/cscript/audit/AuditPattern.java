package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code assert_audit} looks for (language.md "assert_audit"): a record of exactly this
 * type whose fields all match. The type is compared as printed, so a scenario run with
 * {@code audit.record_names = upstream} must say CONTAINER_OP, not CONTAINER.
 */
public final class AuditPattern {

    private final String type;
    private final List<FieldPattern> fields;

    public AuditPattern(String type, List<FieldPattern> fields) {
        this.type = Objects.requireNonNull(type);
        this.fields = List.copyOf(fields);
    }

    public String type() {
        return type;
    }

    public List<FieldPattern> fields() {
        return fields;
    }

    public boolean matches(TraceRecord r) {
        return r.type().equals(type) && fields.stream().allMatch(f -> f.matches(r));
    }

    /** The field patterns that {@code r} does not satisfy, in pattern order (type not included). */
    public List<FieldPattern> mismatches(TraceRecord r) {
        List<FieldPattern> result = new ArrayList<>();
        for (FieldPattern f : fields) {
            if (!f.matches(r)) {
                result.add(f);
            }
        }
        return result;
    }

    /** As a script writes it: {@code CONTAINER op=set contid=5 comm=/ru.*&#47;}. */
    public String describe() {
        StringBuilder text = new StringBuilder(type);
        for (FieldPattern f : fields) {
            text.append(' ').append(f.describe());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
