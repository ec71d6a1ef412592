package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cscript.host.SyntaxColoring.Kind;
import org.cscript.host.SyntaxColoring.Span;
import org.junit.jupiter.api.Test;

/** The spans the REPL colours come from the language's lexer and cover the input. */
class SyntaxColoringTest {
    private static String kinds(String input) {
        StringBuilder out = new StringBuilder();
        for (Span span : SyntaxColoring.spans(input)) {
            if (span.kind() != Kind.PLAIN) {
                out.append(span.kind()).append('(').append(input, span.start(), span.end()).append(") ");
            }
        }
        return out.toString().strip();
    }

    @Test
    void keywordsStringsNumbersAndComments() {
        assertEquals("KEYWORD(let) NUMBER(0x10) KEYWORD(if) KEYWORD(true) STRING(\"a ${x}\") COMMENT( # note)",
                kinds("let x = 0x10 if true \"a ${x}\" # note"));
        assertEquals("KEYWORD(assert_audit) STRING(\"c\")", kinds("assert_audit SYSCALL comm=\"c\""));
    }

    @Test
    void spansCoverTheWholeInputAlsoWhenItDoesNotLex() {
        for (String input : List.of("print \"open", "let x = @", "", "  # only")) {
            int at = 0;
            for (Span span : SyntaxColoring.spans(input)) {
                assertEquals(at, span.start(), input);
                at = span.end();
            }
            assertEquals(input.length(), at, input);
        }
    }
}
