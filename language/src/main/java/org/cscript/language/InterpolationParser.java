package org.cscript.language;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Parses the text between "${" and "}" with the grammar rule {@code interpolation}. Every token
 * of the result carries ORIGINAL file coordinates: the lexer starts at the text's line and column,
 * and start/stop character indexes are shifted by the text's offset in the file. So diagnostics,
 * and source sections built later from these tokens, point into the file itself.
 */
final class InterpolationParser {
    private InterpolationParser() {
    }

    /**
     * @param line    1-based line of the first character of {@code source} in the file
     * @param column0 0-based column of that character
     * @param offset  character index (in code points, like ANTLR's) of that character in the file
     */
    static CscriptParser.InterpolationContext parse(String source, int line, int column0, int offset,
                                                    DiagnosticCollector collector) {
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(source, collector.file().name()));
        lexer.removeErrorListeners();
        // Token text is copied so that it stays right after the indexes are moved to the file's.
        lexer.setTokenFactory(new CommonTokenFactory(true));
        lexer.setLine(line);
        lexer.setCharPositionInLine(column0);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token token : tokens.getTokens()) {
            CommonToken writable = (CommonToken) token;
            writable.setStartIndex(token.getStartIndex() + offset);
            writable.setStopIndex(token.getStopIndex() + offset);
        }
        LexicalErrors.report(tokens.getTokens(), collector);
        return FrontEnd.newParser(tokens, collector, true).interpolation();
    }
}
