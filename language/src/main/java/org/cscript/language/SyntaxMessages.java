package org.cscript.language;

import static org.cscript.language.TokenDescriptions.isEnd;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Chooses the human message for a syntax error, replacing ANTLR's "mismatched input ...
 * expecting {...}", "extraneous input", "missing" and "no viable alternative". The choice uses
 * the token found, the token before it, the set of tokens the parser could have accepted, the
 * brackets still open and the rule being parsed. Most specific first:
 * lexical error, stray 'else', assert_audit pattern, unclosed bracket, token that cannot start
 * a statement, missing expression, missing configuration value, junk after a statement, and
 * finally a short list of the expected tokens (or "unexpected X" when the list would be long).
 */
final class SyntaxMessages {
    private static final int MAX_LISTED = 4;

    private final DiagnosticCollector collector;
    private final boolean interpolation;

    SyntaxMessages(DiagnosticCollector collector, boolean interpolation) {
        this.collector = collector;
        this.interpolation = interpolation;
    }

    void report(Parser parser, Token found, IntervalSet expected) {
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
        OpenBracket open = OpenBracket.innermost(context, expected);
        if (open != null && !isEnd(found) && open.holdsList() && open.onlyCloserCommaOrOperatorIn(expected)) {
            // f(a b): a missing ',' is as likely as a missing ')'
            at(found, previous, "expected ',' or '" + open.closer() + "'" + after(previous) + butFound(found));
        } else if (open != null && (isEnd(found) || open.onlyCloserCommaOrOperatorIn(expected))) {
            at(found, previous, "expected '" + open.closer() + "' to close " + open.describe() + butFound(found));
        } else if (found.getType() == CscriptLexer.RBRACE) {
            at(found, previous, "unexpected '}'");
        } else if (isStatementStart(expected)) {
            at(found, previous, "expected a statement" + butFound(found));
        } else if (expectsExpression(expected)) {
            // "expected an expression after '='" reads best without "but found end of line": the
            // caret shows the line end. The '}' that ends an interpolation is named, though.
            boolean silentEnd = isEnd(found) && !(interpolation && found.getType() == Token.EOF);
            at(found, previous, "expected an expression" + after(previous) + (silentEnd ? "" : butFound(found)));
        } else if (context instanceof CscriptParser.ConfigValueContext) {
            at(found, previous, "expected a number, a string, 'true', 'false' or a name" + after(previous)
                    + butFound(found));
        } else if (statementMayEnd(expected) && !isEnd(found)) {
            at(found, previous, "expected end of line" + butFound(found));
        } else {
            List<String> names = expectedNames(expected);
            at(found, previous, names.size() <= MAX_LISTED
                    ? "expected " + joinAlternatives(names) + after(previous) + butFound(found)
                    : "unexpected " + describe(found));
        }
    }

    private void reportInAuditCheck(ParserRuleContext context, Token found, Token previous) {
        String keyword = auditKeyword(context);
        if (previous != null && previous.getType() == CscriptLexer.AUDIT_FIELD) {
            // Point just after "name=", where the value is missing.
            collector.add(previous.getLine(), endColumn(previous), 1,
                    "missing value after '" + previous.getText() + "' in " + keyword);
        } else if (previous != null && isAuditKeyword(previous.getType())) {
            at(found, previous, "expected a record type after '" + keyword + "'" + butFound(found));
        } else {
            at(found, previous, "expected field=value in " + keyword + butFound(found));
        }
    }

    /** Reports at the found token; the end of the file is shown right after the last token. */
    private void at(Token found, Token previous, String message) {
        if (found.getType() == Token.EOF && !interpolation && previous != null) {
            collector.add(previous.getLine(), endColumn(previous), 1, message);
        } else {
            collector.addAt(found, message);
        }
    }

    private String describe(Token token) {
        return TokenDescriptions.found(token, interpolation);
    }

    private String butFound(Token found) {
        return " but found " + describe(found);
    }

    private String after(Token previous) {
        return previous == null || isEnd(previous) ? "" : " after " + describe(previous);
    }

    private List<String> expectedNames(IntervalSet expected) {
        List<String> names = new ArrayList<>();
        boolean operandEnded = expected.contains(CscriptLexer.PLUS) && expected.contains(CscriptLexer.STAR);
        for (int type : expected.toArray()) {
            if (operandEnded && TokenDescriptions.isOperator(type)) {
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

    /** The token before {@code found}; before the end of file, newlines are skipped so it lands on a real line. */
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

    private static boolean isStatementStart(IntervalSet expected) {
        return expected.contains(CscriptLexer.LET) && expected.contains(CscriptLexer.IF);
    }

    private static boolean expectsExpression(IntervalSet expected) {
        return expected.contains(CscriptLexer.INT) && expected.contains(CscriptLexer.ID)
                && expected.contains(CscriptLexer.LPAREN);
    }

    private static boolean statementMayEnd(IntervalSet expected) {
        return expected.contains(CscriptLexer.NL) || expected.contains(CscriptLexer.SEMI)
                || expected.contains(CscriptLexer.AUDIT_END);
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
