package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticTest {
    private final SourceFile file = new SourceFile("dir/x.cscript", "let a = 1\r\n\tif  b {\nlast");

    @Test
    void linesAreSplitWithoutTerminators() {
        assertEquals("let a = 1", file.line(1));
        assertEquals("\tif  b {", file.line(2));
        assertEquals("last", file.line(3));
        assertEquals("", file.line(4));
        assertEquals("", file.line(0));
        assertEquals(3, file.lineCount());
    }

    @Test
    void formatPutsTheCaretUnderTheColumn() {
        assertEquals("dir/x.cscript:1:5: error: boom\n  let a = 1\n      ^",
                new Diagnostic(file, 1, 5, 1, "boom").format());
    }

    @Test
    void lengthAddsTildes() {
        assertEquals("dir/x.cscript:3:1: error: m\n  last\n  ^~~~", new Diagnostic(file, 3, 1, 4, "m").format());
    }

    @Test
    void tabsBeforeTheColumnStayTabs() {
        assertEquals("dir/x.cscript:2:6: error: m\n  \tif  b {\n  \t    ^", new Diagnostic(file, 2, 6, 1, "m").format());
    }

    @Test
    void columnPastTheEndOfTheLineIsPadded() {
        assertEquals("dir/x.cscript:3:5: error: m\n  last\n      ^", new Diagnostic(file, 3, 5, 0, "m").format());
    }

    @Test
    void readKeepsTheGivenNameAndDropsAByteOrderMark(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("s.cscript");
        Files.writeString(path, "\uFEFFprint 1\n", StandardCharsets.UTF_8);
        SourceFile read = SourceFile.read(path);
        assertEquals(path.toString(), read.name());
        assertEquals("print 1\n", read.text());
        assertTrue(FrontEnd.parse(read).ok());
    }

    @Test
    void parsingPrintsNothing() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ParseResult result = FrontEnd.parse(new SourceFile("t", "let = = @\n}\nprint \"${1 +}\"\n"));
            assertEquals(3, result.diagnostics().size());
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", "let s = \"\uD83D\uDE00\" @\n"));
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(13, d.column());
        assertEquals("t:1:13: error: unknown character '@'\n  let s = \"\uD83D\uDE00\" @\n              ^", d.format());
    }

    @Test
    void windowsLineEndsAreNotPartOfTheLine() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", "print 1\r\nlet x = (1\r\nprint 2\r\n"));
        assertEquals(1, result.diagnostics().size());
        assertEquals("t:2:11: error: expected ')' to close '(' at 2:9 but found end of line\n"
                + "  let x = (1\n"
                + "            ^", result.diagnostics().getFirst().format());
    }

    @Test
    void aTreeIsReturnedEvenWithErrors() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", "let = 1\nprint 2\n"));
        assertEquals(1, result.diagnostics().size());
        assertEquals(2, result.tree().statement().size());
        assertEquals("t", result.file().name());
    }

    @Test
    void diagnosticsComeInLineOrderAtMostOnePerLine() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", "print 1 2 3 @\nlet\nprint (1 2\n"));
        assertEquals(3, result.diagnostics().size());
        assertEquals(1, result.diagnostics().get(0).line());
        assertEquals(9, result.diagnostics().get(0).column());
        assertEquals(2, result.diagnostics().get(1).line());
        assertEquals(3, result.diagnostics().get(2).line());
    }
}
