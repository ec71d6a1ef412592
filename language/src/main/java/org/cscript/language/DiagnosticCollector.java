package org.cscript.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;

/**
 * Keeps at most one diagnostic per line, the leftmost: later errors on a line are usually
 * consequences of the first one (a cascade), while errors on later lines are reported.
 */
final class DiagnosticCollector {
    private final SourceFile file;
    private final Map<Integer, Diagnostic> byLine = new TreeMap<>();

    DiagnosticCollector(SourceFile file) {
        this.file = file;
    }

    SourceFile file() {
        return file;
    }

    void add(Diagnostic diagnostic) {
        Diagnostic existing = byLine.get(diagnostic.line());
        if (existing == null || diagnostic.column() < existing.column()) {
            byLine.put(diagnostic.line(), diagnostic);
        }
    }

    void add(int line, int column, int length, String message) {
        add(new Diagnostic(file, Math.max(1, line), Math.max(1, column), length, message));
    }

    /** A diagnostic spanning the whole token (one column for end of line and end of file). */
    void addAt(Token token, String message) {
        add(token.getLine(), token.getCharPositionInLine() + 1, lengthOf(token), message);
    }

    List<Diagnostic> diagnostics() {
        return new ArrayList<>(byLine.values());
    }

    static int lengthOf(Token token) {
        if (token.getType() == Token.EOF || token.getType() == CscriptLexer.NL) {
            return 1;
        }
        String text = token.getText();
        return text == null || text.isEmpty() ? 1 : text.codePointCount(0, text.length());
    }
}
