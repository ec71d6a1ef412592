package org.cscript.host;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cscript.language.CscriptLexer;

/**
 * Splits input into colourable spans with the language's own lexer (the REPL's highlighting),
 * so the colours follow the grammar. Lexing never fails: an unknown character is a span of
 * its own, an unterminated string is plain text.
 */
public final class SyntaxColoring {
    /** What a span of input is. */
    public enum Kind { KEYWORD, STRING, NUMBER, COMMENT, PLAIN }

    /** Characters {@code [start, end)} of the input. */
    public record Span(int start, int end, Kind kind) {
    }

    private SyntaxColoring() {
    }

    /** Spans covering the input from start to end, in order (gaps are PLAIN spans). */
    public static List<Span> spans(String input) {
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(input));
        lexer.removeErrorListeners();
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            int start = token.getStartIndex();
            int end = token.getStopIndex() + 1;
            if (start > at) {
                spans.add(new Span(at, start, gapKind(input.substring(at, start))));
            }
            spans.add(new Span(start, end, kindOf(token)));
            at = end;
        }
        if (at < input.length()) {
            spans.add(new Span(at, input.length(), gapKind(input.substring(at))));
        }
        return spans;
    }

    /** Skipped text between tokens: whitespace, or a comment (the lexer skips both). */
    private static Kind gapKind(String gap) {
        return gap.strip().startsWith("#") ? Kind.COMMENT : Kind.PLAIN;
    }

    private static Kind kindOf(Token token) {
        return switch (token.getType()) {
            case CscriptLexer.STRING, CscriptLexer.AV_STRING -> Kind.STRING;
            case CscriptLexer.INT -> Kind.NUMBER;
            default -> {
                String literal = CscriptLexer.VOCABULARY.getLiteralName(token.getType());
                yield literal != null && Character.isLetter(literal.charAt(1)) ? Kind.KEYWORD : Kind.PLAIN;
            }
        };
    }
}
