package org.cscript.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cscript.audit.RecordCatalogue;
import org.cscript.audit.RecordType;
import org.cscript.text.Suggestions;

/**
 * The static check of an assert_audit, assert_audit_next or assert_no_audit pattern (language.md
 * "assert_audit"): its record type must be a type name as a trace prints it (seed or upstream
 * naming: the {@code config} that picks one has not run yet), and every field it names must be a
 * field that type carries in some form under some record catalogue
 * ({@link RecordCatalogue#fieldsInAnyCatalogue}). Only names are checked, never values.
 */
final class AuditPatternCheck {
    /** The parts of a record line before its fields, which no field pattern sees. */
    private static final Set<String> HEADER = Set.of("type", "msg", "serial", "timestamp", "time");

    private AuditPatternCheck() {
    }

    /** The type a pattern names exactly as printed, or null if there is none. */
    static RecordType type(String written) {
        return RecordType.isPrintedName(written) ? RecordType.ofPrintedName(written) : null;
    }

    /** The message for an unknown type name, with the closest printed name. */
    static String unknownType(String written) {
        List<String> names = new ArrayList<>();
        for (boolean upstream : new boolean[] {false, true}) {
            for (RecordType t : RecordType.values()) {
                if (!names.contains(t.printedName(upstream))) {
                    names.add(t.printedName(upstream));
                }
            }
        }
        String otherCase = names.stream().filter(n -> n.equalsIgnoreCase(written)).findFirst().orElse(null);
        String hint = otherCase != null ? "; did you mean '" + otherCase + "'?" : Suggestions.didYouMean(written, names);
        return "unknown audit record type '" + written + "'" + hint;
    }

    /** The message for a field {@code type} never carries, or null when it may carry it. */
    static String unknownField(RecordType type, String written, String field) {
        Set<String> fields = RecordCatalogue.fieldsInAnyCatalogue(type);
        if (fields.contains(field)) {
            return null;
        }
        String hint = Suggestions.didYouMean(field, fields);
        if (hint.isEmpty() && HEADER.contains(field)) {
            hint = "; the header type=NAME msg=audit(TIME:SERIAL): is not a field";
        }
        if (hint.isEmpty()) {
            boolean upstream = !written.equals(type.printedName(false));
            List<String> others = new ArrayList<>();
            for (RecordType t : RecordType.values()) {
                if (RecordCatalogue.fieldsInAnyCatalogue(t).contains(field)) {
                    others.add(t.printedName(upstream));
                }
            }
            hint = others.isEmpty() ? "" : "; '" + field + "' is a field of " + String.join(", ", others);
        }
        return "record type " + written + " has no field '" + field + "'" + hint;
    }
}
