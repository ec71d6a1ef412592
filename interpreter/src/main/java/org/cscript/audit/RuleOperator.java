package org.cscript.audit;

/** The comparison operators of auditctl {@code -F} (kernel-model.md §4.5). */
enum RuleOperator {
    EQUAL("="), NOT_EQUAL("!="), LESS("<"), GREATER(">"), LESS_OR_EQUAL("<="), GREATER_OR_EQUAL(">=");

    private final String symbol;

    RuleOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** Applies the operator to the result of a three-way comparison (actual vs rule value). */
    boolean holds(int comparison) {
        return switch (this) {
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
            case LESS -> comparison < 0;
            case GREATER -> comparison > 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
        };
    }

    /** The longest operator that {@code text} starts with ("<=5" is LESS_OR_EQUAL, not LESS), or null. */
    static RuleOperator prefixOf(String text) {
        RuleOperator longest = null;
        for (RuleOperator op : values()) {
            if (text.startsWith(op.symbol) && (longest == null || op.symbol.length() > longest.symbol.length())) {
                longest = op;
            }
        }
        return longest;
    }
}
