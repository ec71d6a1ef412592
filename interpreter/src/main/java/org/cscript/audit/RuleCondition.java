package org.cscript.audit;

/**
 * One {@code -F field<op>value} of a filter rule (kernel-model.md §4.5).
 *
 * @param number   the numeric value (unused for msgtype)
 * @param type     for msgtype: the record type, resolved from either name when the rule is parsed;
 *                 else null
 * @param typeName for msgtype: the record type as written (upper case), kept for the rule text;
 *                 else null
 */
record RuleCondition(RuleField field, RuleOperator op, long number, RecordType type, String typeName) {

    /** The canonical {@code field<op>value} text. */
    String text() {
        return field.fieldName() + op.symbol() + (field.isMsgtype() ? typeName : field.formatNumber(number));
    }

    /**
     * Same condition for "-d": msgtype compares the record type, so the seed and upstream names
     * of one type (CONTAINER / CONTAINER_OP) are the same rule, like numbers in the kernel.
     */
    boolean sameAs(RuleCondition other) {
        return field == other.field && op == other.op && number == other.number && type == other.type;
    }

    /**
     * Whether the condition holds for the event (and, on the exclude list, the record type).
     *
     * @param recordType the type of the record being filtered; null on the exit list
     */
    boolean matches(FilterSubject s, RecordType recordType) {
        if (field.isMsgtype()) {
            if (recordType == null) {
                return false;
            }
            return op.holds(recordType == type ? 0 : 1);
        }
        if (field == RuleField.CONTID_TREE) {
            return s.hasSubject() && s.contidInTree(number);
        }
        Integer comparison = field.compare(s, number);
        return comparison != null && op.holds(comparison);
    }
}
