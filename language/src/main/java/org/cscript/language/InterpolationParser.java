package org.cscript.language;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Parses the text between "${" and "}" with the grammar rule {@code interpolation}. The lexer is
 * started at the text's line and column in the original file, so every token of the result (and
 * so every diagnostic, and every later runtime error) already carries original coordinates.
 */
final class InterpolationParser {
    private InterpolationParser() {
    }

    /**
     * @param line       1-based line of the first character of {@code source} in the file
     * @param column0    0-based column of that character
     */
    static CscriptParser.InterpolationContext parse(String source, int line, int column0, DiagnosticCollector collector) {
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(source, collector.file().name()));
        lexer.removeErrorListeners();
        lexer.setLine(line);
        lexer.setCharPositionInLine(column0);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LexicalErrors.report(tokens.getTokens(), collector);
        return FrontEnd.newParser(tokens, collector, true).interpolation();
    }
}
