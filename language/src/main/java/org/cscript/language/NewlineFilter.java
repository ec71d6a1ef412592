package org.cscript.language;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Drops NL tokens inside ( ) and [ ] so argument lists and list literals may span lines
 * (language.md "Files and lexical rules": statements end at a newline, but not inside brackets).
 *
 * <p>Exceptions keep error messages local. A newline cannot continue a bracketed expression
 * when it stands between the end of one operand and the start of another (the grammar has no
 * juxtaposition), or before a statement keyword, a brace, an unknown character or the end of
 * input: then a ')' or ']' was most likely forgotten. That NL is kept and the bracket depth reset,
 * so the parser reports "expected ')' ... but found end of line" on that line instead of reading
 * the rest of the file as one statement. Braces also reset the depth: blocks never occur inside
 * brackets.
 */
public final class NewlineFilter implements TokenSource {
    private final TokenSource source;
    private final List<Token> lookahead = new ArrayList<>();
    private int depth;
    private Token previous;

    public NewlineFilter(TokenSource source) {
        this.source = source;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token token = take();
            switch (token.getType()) {
                case CscriptLexer.LPAREN, CscriptLexer.LBRACK -> depth++;
                case CscriptLexer.RPAREN, CscriptLexer.RBRACK -> depth = Math.max(0, depth - 1);
                case CscriptLexer.LBRACE, CscriptLexer.RBRACE -> depth = 0;
                case CscriptLexer.NL -> {
                    if (depth == 0) {
                        return token;
                    }
                    Token next = peekPastNewlines();
                    if (cannotBeInsideBrackets(next) || endsOperand(previous) && startsOperand(next)) {
                        depth = 0;
                        return token;
                    }
                    continue;
                }
                default -> { }
            }
            previous = token;
            return token;
        }
    }

    private Token take() {
        return lookahead.isEmpty() ? source.nextToken() : lookahead.removeFirst();
    }

    private Token peekPastNewlines() {
        for (int i = 0; ; i++) {
            if (i == lookahead.size()) {
                lookahead.add(source.nextToken());
            }
            Token token = lookahead.get(i);
            if (token.getType() != CscriptLexer.NL) {
                return token;
            }
        }
    }

    private static boolean endsOperand(Token token) {
        if (token == null) {
            return false;
        }
        return switch (token.getType()) {
            case CscriptLexer.INT, CscriptLexer.STRING, CscriptLexer.ID, CscriptLexer.TRUE,
                 CscriptLexer.FALSE, CscriptLexer.NIL, CscriptLexer.RPAREN, CscriptLexer.RBRACK -> true;
            default -> false;
        };
    }

    /** Tokens that start an operand, but not '(' or '[' (those may continue a call or an index). */
    private static boolean startsOperand(Token token) {
        return switch (token.getType()) {
            case CscriptLexer.INT, CscriptLexer.STRING, CscriptLexer.ID, CscriptLexer.TRUE,
                 CscriptLexer.FALSE, CscriptLexer.NIL, CscriptLexer.NOT, CscriptLexer.TRY -> true;
            default -> false;
        };
    }

    /** Statement keywords, braces, unknown characters and the end of input never occur inside ( ) or [ ]. */
    private static boolean cannotBeInsideBrackets(Token token) {
        return switch (token.getType()) {
            case Token.EOF, CscriptLexer.LBRACE, CscriptLexer.RBRACE, CscriptLexer.UNEXPECTED_CHAR,
                 CscriptLexer.LET, CscriptLexer.FN, CscriptLexer.RETURN, CscriptLexer.IF,
                 CscriptLexer.ELSE, CscriptLexer.WHILE, CscriptLexer.FOR, CscriptLexer.BREAK,
                 CscriptLexer.CONTINUE, CscriptLexer.IMPORT, CscriptLexer.AS, CscriptLexer.EXPECT,
                 CscriptLexer.CONFIG, CscriptLexer.PRINT, CscriptLexer.ASSERT,
                 CscriptLexer.CONCURRENTLY, CscriptLexer.OUTCOME,
                 CscriptLexer.ASSERT_AUDIT, CscriptLexer.ASSERT_AUDIT_NEXT,
                 CscriptLexer.ASSERT_NO_AUDIT -> true;
            default -> false;
        };
    }

    @Override
    public int getLine() {
        return source.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return source.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return source.getInputStream();
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        source.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return source.getTokenFactory();
    }
}
