package org.cscript.audit;

import java.util.Locale;

/**
 * One {@code -F field<op>value} of a filter rule (kernel-model.md §4.5).
 *
 * @param number   the numeric value (unused for msgtype)
 * @param typeName for msgtype: the record type as written (upper case), else null
 */
record RuleCondition(RuleField field, RuleOperator op, long number, String typeName) {

    /** The canonical {@code field<op>value} text. */
    String text() {
        return field.fieldName() + op.symbol() + (field.isMsgtype() ? typeName : field.formatNumber(number));
    }

    /**
     * Same condition for "-d": msgtype compares the record type, so the seed and upstream names
     * of one type (CONTAINER / CONTAINER_OP) are the same rule, like numbers in the kernel.
     */
    boolean sameAs(RuleCondition other) {
        return field == other.field && op == other.op && number == other.number
                && (!field.isMsgtype() || canonicalType(typeName).equals(canonicalType(other.typeName)));
    }

    /**
     * Whether the condition holds for the event (and, on the exclude list, the record type).
     *
     * @param recordTypeName the printed type of the record being filtered; null on the exit list
     */
    boolean matches(FilterSubject s, String recordTypeName) {
        if (field.isMsgtype()) {
            if (recordTypeName == null) {
                return false;
            }
            return op.holds(canonicalType(recordTypeName).equals(canonicalType(typeName)) ? 0 : 1);
        }
        if (field == RuleField.CONTID_TREE) {
            return s.hasSubject() && s.contidInTree(number);
        }
        Integer comparison = field.compare(s, number);
        return comparison != null && op.holds(comparison);
    }

    /** The seed name of a record type given by its seed or upstream name; other names unchanged. */
    static String canonicalType(String name) {
        RecordType type = recordType(name);
        return type == null ? name.toUpperCase(Locale.ROOT) : type.name();
    }

    /** The record type printed as {@code name} under either naming (§4.3), or null. */
    static RecordType recordType(String name) {
        for (RecordType t : RecordType.values()) {
            if (t.printedName(false).equalsIgnoreCase(name) || t.printedName(true).equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
