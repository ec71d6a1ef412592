package org.cscript.parser;

import org.cscript.language.CscriptParser.ConfigStmtContext;
import org.cscript.language.CscriptParser.FnStmtContext;
import org.cscript.language.CscriptParser.ImportStmtContext;
import org.cscript.language.CscriptParser.ScriptContext;
import org.cscript.language.CscriptParser.StatementContext;

/**
 * Config statements set boot-time knobs, so they must precede everything but imports,
 * functions and other configs; this is decided before anything runs, rather than at the
 * first kernel operation.
 */
final class ConfigPlacement {
    private ConfigPlacement() {
    }

    /** Reports each top-level config below the file's first other statement. */
    static void check(ScriptContext tree, Positions positions) {
        StatementContext firstAction = null;
        for (StatementContext statement : tree.statement()) {
            if (statement instanceof ConfigStmtContext && firstAction != null) {
                positions.report(statement, "config must come before the scenario's other statements (it configures"
                        + " the kernel before boot); move it above line " + firstAction.getStart().getLine());
            } else if (!(statement instanceof ConfigStmtContext || statement instanceof ImportStmtContext
                    || statement instanceof FnStmtContext) && firstAction == null) {
                firstAction = statement;
            }
        }
    }
}
