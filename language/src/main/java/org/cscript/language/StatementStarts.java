package org.cscript.language;

import org.antlr.v4.runtime.misc.IntervalSet;

/** The tokens that can begin a statement (taken from the grammar's ATN, so it cannot drift). */
final class StatementStarts {
    static final IntervalSet TOKENS;

    static {
        IntervalSet set = CscriptParser._ATN.nextTokens(
                CscriptParser._ATN.ruleToStartState[CscriptParser.RULE_statement]);
        set.setReadonly(true);
        TOKENS = set;
    }

    private StatementStarts() {
    }
}
