package org.cscript.parser;

import java.util.List;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser.*;
import org.cscript.language.CscriptParser;

/**
 * The kind of an expression known without running it (a literal, a constant no variable
 * shadows, int operations of those), for the static kind checks of arguments, as and expect.
 */
final class LiteralKinds {
    private final FileState state;

    LiteralKinds(FileState state) {
        this.state = state;
    }

    /** The kind ("int", "string", "errno", ...) of an expression known statically, else null. */
    String of(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext p) {
            return switch (p.primary()) {
                case IntLitContext i -> "int";
                case StringLitContext s -> "string";
                case TrueLitContext t -> "bool";
                case FalseLitContext f -> "bool";
                case NilLitContext n -> "nil";
                case ListLitContext l -> "list";
                case ParenExprContext paren -> of(paren.expr());
                case NameExprContext n -> constantKind(n.getText());
                default -> null;
            };
        } else if (ctx instanceof UnaryExprContext u && u.op.getType() == CscriptParser.MINUS) {
            return "int".equals(of(u.expr())) ? "int" : null;
        } else if (ctx instanceof BitOrExprContext || ctx instanceof BitAndExprContext) {
            List<ExprContext> operands = ctx.getRuleContexts(ExprContext.class);
            return operands.stream().allMatch(o -> "int".equals(of(o))) ? "int" : null;
        }
        return null;
    }

    /** The kind of a name that is a constant (not shadowed by a variable), else null. */
    private String constantKind(String name) {
        Object constant = Constants.lookup(name);
        return constant != null && !state.isVariable(name) ? ArgumentKinds.kindOf(constant) : null;
    }
}
