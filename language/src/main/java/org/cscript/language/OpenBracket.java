package org.cscript.language;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** A '(' '[' or '{' that is still open where a syntax error happened, and the rule that opened it. */
record OpenBracket(Token token, ParserRuleContext owner) {

    /**
     * The innermost bracket that the rule contexts around the error opened and did not close,
     * provided its closer is one of the expected tokens; null otherwise.
     */
    static OpenBracket innermost(ParserRuleContext context, IntervalSet expected) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            Deque<Token> open = new ArrayDeque<>();
            for (int i = 0; i < c.getChildCount(); i++) {
                ParseTree child = c.getChild(i);
                if (!(child instanceof TerminalNode terminal) || child instanceof ErrorNode) {
                    continue;   // a token conjured by error recovery closes nothing
                }
                int type = terminal.getSymbol().getType();
                if (closerType(type) != Token.INVALID_TYPE) {
                    open.push(terminal.getSymbol());
                } else if (!open.isEmpty() && type == closerType(open.peek().getType())) {
                    open.pop();
                }
            }
            if (!open.isEmpty()) {
                return expected.contains(closerType(open.peek().getType())) ? new OpenBracket(open.peek(), c) : null;
            }
        }
        return null;
    }

    /** Brackets around comma-separated lists: call arguments, list literals, parameters. */
    boolean holdsList() {
        return owner instanceof CscriptParser.CallExprContext || owner instanceof CscriptParser.ListLitContext
                || owner instanceof CscriptParser.FnStmtContext && token.getType() == CscriptLexer.LPAREN;
    }

    /** True when nothing but the closer, a ',' or an operator continuing the operand could come next. */
    boolean onlyCloserCommaOrOperatorIn(IntervalSet expected) {
        for (int type : expected.toArray()) {
            if (type != closerType(token.getType()) && type != CscriptLexer.COMMA
                    && !TokenDescriptions.isOperator(type)) {
                return false;
            }
        }
        return true;
    }

    String closer() {
        return switch (token.getType()) {
            case CscriptLexer.LPAREN -> ")";
            case CscriptLexer.LBRACK -> "]";
            default -> "}";
        };
    }

    /** "'(' at 3:10" */
    String describe() {
        return "'" + token.getText() + "' at " + token.getLine() + ":" + (token.getCharPositionInLine() + 1);
    }

    private static int closerType(int openerType) {
        return switch (openerType) {
            case CscriptLexer.LPAREN -> CscriptLexer.RPAREN;
            case CscriptLexer.LBRACK -> CscriptLexer.RBRACK;
            case CscriptLexer.LBRACE -> CscriptLexer.RBRACE;
            default -> Token.INVALID_TYPE;
        };
    }
}
