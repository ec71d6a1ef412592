package org.cscript.language;

import org.antlr.v4.runtime.Token;

/**
 * How syntax messages name tokens: by their text in quotes, a newline as "end of line", the end
 * of input as "end of file" (or as the closing '}' when the input is a ${...} interpolation).
 */
final class TokenDescriptions {
    private static final int MAX_SHOWN = 24;

    private TokenDescriptions() {
    }

    /** Names a token that was found in the input. */
    static String found(Token token, boolean interpolation) {
        int type = token.getType();
        if (type == Token.EOF) {
            return interpolation ? "'}'" : "end of file";
        }
        if (isLineEnd(token)) {
            return "end of line";
        }
        String text = shorten(token.getText());
        if (type == CscriptLexer.STRING || type == CscriptLexer.AV_STRING) {
            return text;
        }
        return "'" + text + "'";
    }

    /** Names a token type the parser expected. */
    static String expected(int type, boolean interpolation) {
        return switch (type) {
            case Token.EOF -> interpolation ? "'}'" : "end of file";
            case CscriptLexer.NL, CscriptLexer.AUDIT_END -> "end of line";
            // RBRACE has no literal name: two lexer rules (RBRACE, AUDIT_RBRACE) produce it.
            case CscriptLexer.RBRACE -> "'}'";
            case CscriptLexer.ID -> "a name";
            case CscriptLexer.INT -> "a number";
            case CscriptLexer.STRING -> "a string";
            case CscriptLexer.AUDIT_WORD -> "a record type";
            case CscriptLexer.AUDIT_FIELD -> "field=value";
            case CscriptLexer.AV_STRING, CscriptLexer.AV_REGEX, CscriptLexer.AV_ANY,
                 CscriptLexer.AV_BARE -> "a value";
            default -> {
                String literal = CscriptLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : CscriptLexer.VOCABULARY.getDisplayName(type);
            }
        };
    }

    /** True for the tokens that end a line: NL, and AUDIT_END when it is a newline. */
    static boolean isLineEnd(Token token) {
        return token.getType() == CscriptLexer.NL
                || token.getType() == CscriptLexer.AUDIT_END && !token.getText().equals(";");
    }

    /** Tokens that may follow a complete operand and continue the expression. */
    static boolean isOperator(int type) {
        return switch (type) {
            case CscriptLexer.DOT, CscriptLexer.LBRACK, CscriptLexer.STAR, CscriptLexer.SLASH,
                 CscriptLexer.PERCENT, CscriptLexer.PLUS, CscriptLexer.MINUS, CscriptLexer.AMP,
                 CscriptLexer.PIPE, CscriptLexer.EQEQ, CscriptLexer.NEQ, CscriptLexer.LT,
                 CscriptLexer.LE, CscriptLexer.GT, CscriptLexer.GE, CscriptLexer.AND,
                 CscriptLexer.OR -> true;
            default -> false;
        };
    }

    /** Statement separators: NL, ';' and the end of an assert_audit pattern. */
    static boolean isSeparator(Token token) {
        int type = token.getType();
        return type == CscriptLexer.NL || type == CscriptLexer.SEMI || type == CscriptLexer.AUDIT_END;
    }

    /** End of line or end of input. */
    static boolean isEnd(Token token) {
        return token.getType() == Token.EOF || isLineEnd(token);
    }

    static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_SHOWN) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 3)) + "...";
    }
}
