package org.cscript.language;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Turns the lexer's catch-all tokens (UNEXPECTED_CHAR, AUDIT_UNEXPECTED) into diagnostics.
 * The lexer never fails; characters it cannot place become these tokens, so the messages here
 * replace ANTLR's "token recognition error".
 */
final class LexicalErrors {
    private LexicalErrors() {
    }

    static boolean isLexicalError(Token token) {
        return token.getType() == CscriptLexer.UNEXPECTED_CHAR
                || token.getType() == CscriptLexer.AUDIT_UNEXPECTED;
    }

    static void report(List<? extends Token> tokens, DiagnosticCollector collector) {
        for (Token token : tokens) {
            if (isLexicalError(token)) {
                report(token, collector);
            }
        }
    }

    static void report(Token token, DiagnosticCollector collector) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        if (token.getText().equals("\"")) {
            // An opening quote without a closing one on the same line: underline to the line end.
            int lineLength = collector.file().line(line).codePointCount(0, collector.file().line(line).length());
            collector.add(line, column, lineLength - column + 1, "unterminated string literal");
        } else {
            collector.add(line, column, 1, message(token));
        }
    }

    /** The message for a lexical error token other than a lone '"' (which {@link #report} handles). */
    static String message(Token token) {
        String text = token.getText();
        if (text.equals("\\")) {
            return "unexpected '\\': a line continuation must be the last character of its line";
        }
        if (text.equals("$")) {
            return "unexpected '$': ${...} interpolates only inside a string literal or an audit value";
        }
        if (token.getType() == CscriptLexer.AUDIT_UNEXPECTED && text.equals("=")) {
            return "unexpected '=' in assert_audit (put a value containing '=' in quotes)";
        }
        int codePoint = text.codePointAt(0);
        if (codePoint == 0xFEFF) {
            return "unknown character U+FEFF (a byte order mark: save the file as UTF-8 without BOM)";
        }
        int type = Character.getType(codePoint);
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || type == Character.FORMAT
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            // an invisible or unprintable character: name it rather than print it
            return String.format(java.util.Locale.ROOT, "unknown character U+%04X", codePoint);
        }
        return "unknown character '" + text + "'";
    }
}
