package org.cscript.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR's recovery (single-token insertion/deletion, resynchronisation) with cscript's own
 * messages instead of "mismatched input ... expecting {...}", "extraneous input", "missing" and
 * "no viable alternative". Every message is built by {@link #report} from the token found, the
 * token before it, the set of tokens the parser could have accepted and the open brackets.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private static final int MAX_LISTED = 4;

    private final DiagnosticCollector collector;
    private final boolean interpolation;

    /**
     * @param interpolation true when parsing the text of a ${...}: the end of input is then the
     *                      closing '}' and is named so
     */
    SyntaxErrorStrategy(DiagnosticCollector collector, boolean interpolation) {
        this.collector = collector;
        this.interpolation = interpolation;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        IntervalSet expected = e.getOffendingState() >= 0 ? e.getExpectedTokens() : parser.getExpectedTokens();
        report(parser, e.getOffendingToken(), expected);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    /**
     * In statement lists (the script and blocks) junk is skipped up to the end of its line, so
     * that parsing resumes at the next statement. ANTLR's default would throw here, and the
     * script rule would then swallow the rest of the file without reporting anything more.
     */
    @Override
    public void sync(Parser parser) throws RecognitionException {
        ParserRuleContext context = parser.getContext();
        boolean inBlock = context instanceof CscriptParser.BlockContext block && block.LBRACE() != null;
        if (!(inBlock || context instanceof CscriptParser.ScriptContext)) {
            super.sync(parser);
            return;
        }
        TokenStream input = parser.getInputStream();
        Token previous = input.LT(-1);
        int k = 1;
        while (isSeparator(input.LT(k))) {
            k++;
        }
        Token next = input.LT(k);
        boolean closes = next.getType() == Token.EOF || inBlock && next.getType() == CscriptLexer.RBRACE;
        boolean afterStatement = k == 1 && previous != null && !isSeparator(previous)
                && previous.getType() != CscriptLexer.LBRACE;
        if (closes || !afterStatement && StatementStarts.TOKENS.contains(next.getType())) {
            super.sync(parser);
            return;
        }
        if (!afterStatement) {
            endErrorCondition(parser);   // a separator was passed: an earlier error is over
        }
        if (!inErrorRecoveryMode(parser)) {
            beginErrorCondition(parser);
            report(parser, next, afterStatement ? parser.getExpectedTokens() : StatementStarts.TOKENS);
        }
        for (int i = 1; i < k; i++) {
            parser.consume();
        }
        skipRestOfLine(parser, inBlock);
    }

    /** Consumes up to the next separator, skipping whole { } groups (so a stray 'else { }' goes at once). */
    private static void skipRestOfLine(Parser parser, boolean inBlock) {
        TokenStream input = parser.getInputStream();
        int braces = 0;
        while (true) {
            Token token = input.LT(1);
            int type = token.getType();
            if (type == Token.EOF || braces == 0 && isSeparator(token)) {
                return;
            }
            if (type == CscriptLexer.LBRACE) {
                braces++;
            } else if (type == CscriptLexer.RBRACE) {
                if (braces == 0 && inBlock) {
                    return;
                }
                braces = Math.max(0, braces - 1);
            }
            parser.consume();
        }
    }

    private static boolean isSeparator(Token token) {
        int type = token.getType();
        return type == CscriptLexer.NL || type == CscriptLexer.SEMI || type == CscriptLexer.AUDIT_END;
    }

    /** A newline is never deleted to repair a statement: joining two lines makes up errors on the next one. */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        if (isSeparator(parser.getCurrentToken())) {
            return null;
        }
        return super.singleTokenDeletion(parser);
    }

    /**
     * A missing '{' is never invented: a phantom block would swallow the following statements
     * and report a confusing missing '}' at the end of the file. The one repair made is for a
     * '{' written at the start of the next line: the error is reported and the block is parsed.
     */
    @Override
    public Token recoverInline(Parser parser) throws RecognitionException {
        IntervalSet expected = getExpectedTokens(parser);
        if (!expected.contains(CscriptLexer.LBRACE)) {
            return super.recoverInline(parser);
        }
        Token deleted = singleTokenDeletion(parser);
        if (deleted != null) {
            parser.consume();
            return deleted;
        }
        TokenStream input = parser.getInputStream();
        int k = 1;
        while (input.LA(k) == CscriptLexer.NL) {
            k++;
        }
        if (k == 1 || input.LA(k) != CscriptLexer.LBRACE) {
            throw new InputMismatchException(parser);
        }
        if (!inErrorRecoveryMode(parser)) {
            beginErrorCondition(parser);
            report(parser, input.LT(1), expected);
        }
        for (int i = 1; i < k; i++) {
            parser.consume();
        }
        Token brace = parser.getCurrentToken();
        reportMatch(parser);
        parser.consume();
        return brace;
    }

    private void report(Parser parser, Token found, IntervalSet expected) {
        Token previous = previousToken(parser.getInputStream(), found);
        ParserRuleContext context = parser.getContext();
        if (LexicalErrors.isLexicalError(found)) {
            LexicalErrors.report(found, collector);
            return;
        }
        if (found.getType() == CscriptLexer.ELSE && !expected.contains(CscriptLexer.ELSE)) {
            at(found, previous, "'else' without 'if'");
            return;
        }
        if (isInAuditCheck(context, previous) && found.getType() != CscriptLexer.RBRACE) {
            reportInAuditCheck(context, found, previous);
            return;
        }
        boolean statementStart = expected.contains(CscriptLexer.LET) && expected.contains(CscriptLexer.IF);
        OpenBracket open = unclosedOpener(context, expected);
        Token opener = open == null ? null : open.token();
        if (open != null && !isEnd(found) && open.holdsList() && onlyClosingOrComma(expected, opener)) {
            // f(a b): a missing ',' is as likely as a missing ')'
            at(found, previous, "expected ',' or '" + closerOf(opener.getType()) + "'" + after(previous)
                    + " but found " + describe(found));
        } else if (opener != null && (isEnd(found) || onlyClosingOrComma(expected, opener))) {
            at(found, previous, "expected '" + closerOf(opener.getType()) + "' to close '" + opener.getText()
                    + "' at " + opener.getLine() + ":" + (opener.getCharPositionInLine() + 1)
                    + " but found " + describe(found));
        } else if (statementStart || found.getType() == CscriptLexer.RBRACE) {
            at(found, previous, "unexpected " + describe(found));
        } else if (expectsExpression(expected)) {
            // "expected an expression after '='" reads best without "but found end of line";
            // the caret already shows the line end. The '}' ending an interpolation is named.
            boolean silentEnd = isEnd(found) && !(interpolation && found.getType() == Token.EOF);
            String foundText = silentEnd ? "" : " but found " + describe(found);
            at(found, previous, "expected an expression" + after(previous) + foundText);
        } else if (context instanceof CscriptParser.ConfigValueContext) {
            at(found, previous, "expected a number, a string, 'true', 'false' or a name" + after(previous)
                    + " but found " + describe(found));
        } else if (statementMayEnd(expected) && !isEnd(found)) {
            at(found, previous, "expected end of line but found " + describe(found));
        } else {
            List<String> names = expectedNames(expected);
            String message = names.size() <= MAX_LISTED
                    ? "expected " + joinAlternatives(names) + after(previous) + " but found " + describe(found)
                    : "unexpected " + describe(found);
            at(found, previous, message);
        }
    }

    private void reportInAuditCheck(ParserRuleContext context, Token found, Token previous) {
        String keyword = auditKeyword(context);
        if (previous != null && previous.getType() == CscriptLexer.AUDIT_FIELD) {
            // Point just after "name=", where the value is missing.
            collector.add(previous.getLine(), endColumn(previous), 1,
                    "missing value after '" + previous.getText() + "' in " + keyword);
        } else if (previous != null && isAuditKeyword(previous.getType())) {
            at(found, previous, "expected a record type after '" + keyword + "' but found " + describe(found));
        } else {
            at(found, previous, "expected field=value in " + keyword + " but found " + describe(found));
        }
    }

    /** Reports at the found token; the end of the file is shown right after the last token. */
    private void at(Token found, Token previous, String message) {
        if (found.getType() == Token.EOF && !interpolation && previous != null) {
            Token last = previous;
            collector.add(last.getLine(), endColumn(last), 1, message);
        } else {
            collector.addAt(found, message);
        }
    }

    private String describe(Token token) {
        return TokenDescriptions.found(token, interpolation);
    }

    private String after(Token previous) {
        if (previous == null || isEnd(previous)) {
            return "";
        }
        return " after " + describe(previous);
    }

    private List<String> expectedNames(IntervalSet expected) {
        List<String> names = new ArrayList<>();
        boolean operandEnded = expected.contains(CscriptLexer.PLUS) && expected.contains(CscriptLexer.STAR);
        for (int type : expected.toArray()) {
            if (operandEnded && isOperator(type)) {
                continue;   // after an operand every operator fits; listing them all is noise
            }
            String name = TokenDescriptions.expected(type, interpolation);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String joinAlternatives(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    /** The token before {@code found}, skipping newlines so that the end of file is placed on a real line. */
    private static Token previousToken(TokenStream tokens, Token found) {
        int index = found.getTokenIndex() >= 0 ? found.getTokenIndex() : tokens.index();
        Token previous = null;
        for (int i = index - 1; i >= 0; i--) {
            previous = tokens.get(i);
            if (found.getType() != Token.EOF || !isEnd(previous)) {
                break;
            }
        }
        return previous;
    }

    private static int endColumn(Token token) {
        return token.getCharPositionInLine() + 1 + DiagnosticCollector.lengthOf(token);
    }

    private static boolean isEnd(Token token) {
        return token.getType() == Token.EOF || TokenDescriptions.isLineEnd(token);
    }

    private static boolean expectsExpression(IntervalSet expected) {
        return expected.contains(CscriptLexer.INT) && expected.contains(CscriptLexer.ID)
                && expected.contains(CscriptLexer.LPAREN);
    }

    private static boolean statementMayEnd(IntervalSet expected) {
        return expected.contains(CscriptLexer.NL) || expected.contains(CscriptLexer.SEMI)
                || expected.contains(CscriptLexer.AUDIT_END);
    }

    /** True when nothing but the closer, a ',' or an operator continuing the operand could come next. */
    private static boolean onlyClosingOrComma(IntervalSet expected, Token opener) {
        for (int type : expected.toArray()) {
            if (type != closerTypeOf(opener.getType()) && type != CscriptLexer.COMMA && !isOperator(type)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens that may follow a complete operand and continue the expression. */
    private static boolean isOperator(int type) {
        return switch (type) {
            case CscriptLexer.DOT, CscriptLexer.LBRACK, CscriptLexer.STAR, CscriptLexer.SLASH,
                 CscriptLexer.PERCENT, CscriptLexer.PLUS, CscriptLexer.MINUS, CscriptLexer.AMP,
                 CscriptLexer.PIPE, CscriptLexer.EQEQ, CscriptLexer.NEQ, CscriptLexer.LT,
                 CscriptLexer.LE, CscriptLexer.GT, CscriptLexer.GE, CscriptLexer.AND,
                 CscriptLexer.OR -> true;
            default -> false;
        };
    }

    /**
     * The innermost '(' '[' or '{' that the rule contexts around the error opened and did not
     * close, provided its closer is one of the expected tokens.
     */
    private static OpenBracket unclosedOpener(ParserRuleContext context, IntervalSet expected) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            Deque<Token> open = new ArrayDeque<>();
            for (int i = 0; i < c.getChildCount(); i++) {
                ParseTree child = c.getChild(i);
                if (!(child instanceof TerminalNode terminal) || child instanceof ErrorNode) {
                    continue;
                }
                int type = terminal.getSymbol().getType();
                if (closerTypeOf(type) != Token.INVALID_TYPE) {
                    open.push(terminal.getSymbol());
                } else if (!open.isEmpty() && type == closerTypeOf(open.peek().getType())) {
                    open.pop();
                }
            }
            if (!open.isEmpty()) {
                return expected.contains(closerTypeOf(open.peek().getType())) ? new OpenBracket(open.peek(), c) : null;
            }
        }
        return null;
    }

    /** An unclosed bracket and the rule context that opened it. */
    private record OpenBracket(Token token, ParserRuleContext owner) {
        /** Brackets around comma-separated lists: call arguments, list literals, parameters. */
        boolean holdsList() {
            return owner instanceof CscriptParser.CallExprContext || owner instanceof CscriptParser.ListLitContext
                    || owner instanceof CscriptParser.FnStmtContext && token.getType() == CscriptLexer.LPAREN;
        }
    }

    private static int closerTypeOf(int openerType) {
        return switch (openerType) {
            case CscriptLexer.LPAREN -> CscriptLexer.RPAREN;
            case CscriptLexer.LBRACK -> CscriptLexer.RBRACK;
            case CscriptLexer.LBRACE -> CscriptLexer.RBRACE;
            default -> Token.INVALID_TYPE;
        };
    }

    private static String closerOf(int openerType) {
        return switch (openerType) {
            case CscriptLexer.LPAREN -> ")";
            case CscriptLexer.LBRACK -> "]";
            default -> "}";
        };
    }

    private static boolean isInAuditCheck(ParserRuleContext context, Token previous) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof CscriptParser.AuditCheckContext || c instanceof CscriptParser.AuditFieldContext
                    || c instanceof CscriptParser.AuditValueContext) {
                return true;
            }
        }
        return previous != null && isAuditToken(previous.getType());
    }

    /** Tokens only the AUDIT lexer mode produces, plus the keywords that enter it. */
    private static boolean isAuditToken(int type) {
        return switch (type) {
            case CscriptLexer.AUDIT_FIELD, CscriptLexer.AUDIT_WORD, CscriptLexer.AV_ANY, CscriptLexer.AV_REGEX,
                 CscriptLexer.AV_STRING, CscriptLexer.AV_BARE -> true;
            default -> isAuditKeyword(type);
        };
    }

    private static boolean isAuditKeyword(int type) {
        return type == CscriptLexer.ASSERT_AUDIT || type == CscriptLexer.ASSERT_AUDIT_NEXT
                || type == CscriptLexer.ASSERT_NO_AUDIT;
    }

    private static String auditKeyword(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof CscriptParser.AuditCheckContext check && check.kind != null) {
                return check.kind.getText();
            }
        }
        return "assert_audit";
    }
}
