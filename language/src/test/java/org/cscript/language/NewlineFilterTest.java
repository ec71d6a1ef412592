package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;

class NewlineFilterTest {

    /** Token names after the filter, NL written as "NL". */
    private static List<String> filtered(String text) {
        TokenSource source = new NewlineFilter(new CscriptLexer(CharStreams.fromString(text)));
        List<String> names = new ArrayList<>();
        for (Token t = source.nextToken(); t.getType() != Token.EOF; t = source.nextToken()) {
            names.add(t.getType() == CscriptLexer.NL ? "NL" : t.getText());
        }
        return names;
    }

    @Test
    void newlinesOutsideBracketsAreKept() {
        assertEquals(List.of("a", "NL", "b", "NL"), filtered("a\nb\n"));
    }

    @Test
    void newlinesInsideParenthesesAreDropped() {
        assertEquals(List.of("f", "(", "1", ",", "2", ")", "NL", "x"), filtered("f(\n  1,\n  2\n)\nx"));
    }

    @Test
    void newlinesInsideListsAndNestedBracketsAreDropped() {
        assertEquals(List.of("[", "f", "(", "[", "1", "]", ",", "2", ")", "]", "NL"),
                filtered("[f(\n[1\n]\n,\n2)\n]\n"));
    }

    @Test
    void operatorsMayStartOrEndAContinuedLine() {
        assertEquals(List.of("(", "a", "+", "b", "and", "c", ")"), filtered("(a\n+ b and\nc)"));
    }

    @Test
    void newlineBetweenTwoOperandsIsKeptAndEndsTheBrackets() {
        // a forgotten ')' must not swallow the following lines
        assertEquals(List.of("f", "(", "1", "NL", "let", "x", "=", "[", "2", ",", "3", "]", "NL"),
                filtered("f(1\nlet x = [2,\n3]\n"));
    }

    @Test
    void newlineBeforeAStatementKeywordBraceOrEndIsKept() {
        assertEquals(List.of("f", "(", "NL", "print", "x", "NL"), filtered("f(\nprint x\n"));
        assertEquals(List.of("[", "1", ",", "NL", "}", "NL"), filtered("[1,\n}\n"));
        assertEquals(List.of("f", "(", "NL"), filtered("f(\n"));
    }

    @Test
    void unbalancedClosersDoNotMakeTheDepthNegative() {
        assertEquals(List.of(")", "NL", "(", "a", ")", "NL"), filtered(")\n(a\n)\n"));
    }

    @Test
    void bracesResetTheDepth() {
        assertEquals(List.of("f", "(", "{", "NL", "x", "NL", "}", "NL"), filtered("f({\nx\n}\n"));
    }

    @Test
    void backslashNewlineContinuesALineOutsideBrackets() {
        assertEquals(List.of("let", "x", "=", "1", "+", "2", "NL"), filtered("let x = 1 + \\\n 2\n"));
    }

    @Test
    void commentsInsideBracketsAreSkipped() {
        assertEquals(List.of("f", "(", "1", ",", "2", ")"), filtered("f(1, # first\n 2 # second\n)"));
    }
}
