package org.cscript.parser;

import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser.AssignStmtContext;
import org.cscript.language.CscriptParser.LetStmtContext;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.local.WriteGlobalNode;
import org.cscript.nodes.local.WriteLocalNodeGen;

/**
 * Builds let and assignment: a top-level let writes a global cell, any other a new local slot;
 * an assignment writes the innermost local or a visible global. A constant's name, a name
 * declared twice in a block or an undeclared one is reported (the value is still built, so its
 * own problems are reported first).
 */
final class VariableBuilder {
    private final FileState state;
    private final Positions positions;
    private final ExpressionBuilder expressions;

    VariableBuilder(FileState state, Positions positions, ExpressionBuilder expressions) {
        this.state = state;
        this.positions = positions;
        this.expressions = expressions;
    }

    /** The write of a let, or null after reporting. */
    CsStatementNode let(LetStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expressions.expr(ctx.expr());
        if (Constants.lookup(name) != null) {
            positions.reportAt(ctx.ID().getSymbol(), "'" + name + "' is a constant and cannot be redeclared");
            return null;
        }
        if (state.scope().isFileTopLevel()) {
            state.declareGlobal(name);
            return new WriteGlobalNode(state.globalCell(name), value);
        }
        int slot = state.scope().declare(name);
        if (slot < 0) {
            positions.reportAt(ctx.ID().getSymbol(), "'" + name + "' is already declared in this block");
            return null;
        }
        return WriteLocalNodeGen.create(value, slot);
    }

    /** The write of an assignment, or null after reporting. */
    CsStatementNode assign(AssignStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expressions.expr(ctx.expr());
        int slot = state.scope().lookup(name);
        if (slot >= 0) {
            return WriteLocalNodeGen.create(value, slot);
        }
        if (state.globalVisible(name)) {
            return new WriteGlobalNode(state.globalCell(name), value);
        }
        positions.reportAt(ctx.ID().getSymbol(), Constants.lookup(name) != null
                ? "cannot assign to the constant '" + name + "'"
                : "unknown variable '" + name + "' (declare it with 'let')");
        return null;
    }
}
