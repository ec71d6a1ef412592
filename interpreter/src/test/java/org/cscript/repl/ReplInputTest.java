package org.cscript.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioRunner;
import org.cscript.repl.ReplTranscripts.Session;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** What the REPL does with input: taken literally, values shown, errors with a caret, history. */
class ReplInputTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void backslashesAndBangsReachTheLanguageUntouched() throws IOException {
        Session s = ReplTranscripts.typeQuietly("print \"a\\tb !! \\\\ !$\"\nprint \"${1 + 1}\"\n");
        assertEquals("a\tb !! \\ !$\n2\n", s.err());
    }

    @Test
    void aBareExpressionShowsItsValueAndNilAndStatementsAreQuiet() throws IOException {
        Session s = ReplTranscripts.typeQuietly("1 + 2\nlet t = fork()\nt\nt.pid\nnil\n\"text\"\n");
        assertEquals("3\ntask(pid=101, tid=101, comm=runc)\n101\ntext\n", s.out());
    }

    @Test
    void errorsShowACaretUnderTheInputAndTheSessionKeepsItsState() throws IOException {
        Session s = ReplTranscripts.typeQuietly("let x = 4\nlet y = = 2\nassert x == 5\nset_contid(self(), 3)\nx\n");
        assertTrue(s.err().contains("<input 2>:1:9: error:"), s.err());
        assertTrue(s.err().contains("  let y = = 2\n          ^"), s.err());
        assertTrue(s.err().contains("<input 3>:1:1: error: assertion failed\n  assert x == 5\n  ^~~~~~~~~~~~~\n  x == 5 is false"),
                s.err());
        assertTrue(s.err().contains("error: set_contid failed with EPERM"), s.err());
        assertTrue(s.out().endsWith("4\n"), "x survives the errors: " + s.out());
    }

    @Test
    void anOpenBlockOrBracketAsksJLineForMoreAndAClosedOneDoesNot() {
        ReplLineParser parser = new ReplLineParser();
        assertThrows(EOFError.class, () -> parser.parse("as t {", 6, ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("print [1,", 9, ParseContext.ACCEPT_LINE));
        assertEquals("a\\tb", parser.parse("print \"a\\tb\"", 12, ParseContext.ACCEPT_LINE).line().substring(7, 11));
        assertEquals("set_co", parser.parse("set_co", 6, ParseContext.COMPLETE).word());
        assertEquals(":tr", parser.parse(":tr", 3, ParseContext.COMPLETE).word());
        assertEquals("pi", parser.parse("t.pi", 4, ParseContext.COMPLETE).word());
    }

    @Test
    void historyIsKeptInTheFileOneEntryPerInput(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history");
        ReplTranscripts.typeWithHistory("let t = fork()\nas t {\n  exec(\"/bin/sh\")\n}\n", history);
        String saved = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(saved.contains("let t = fork()"), saved);
        assertTrue(saved.contains("as t {"), saved);
        assertEquals(2, saved.lines().filter(line -> !line.isBlank()).count(), "the block is one entry: " + saved);
    }

    /**
     * Every example piped into the REPL gives exactly the records {@code cscript run} gives: its
     * config lines come first, so they run before the kernel boots as in a file.
     */
    @TestFactory
    Stream<DynamicTest> everyExamplePipedInGivesTheRecordsOfARun() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".cscript")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            List<String> run = new ScenarioRunner(RunOptions.defaults(quiet)).run(example).trace();
            Session s = ReplTranscripts.typeQuietly(Files.readString(example, StandardCharsets.UTF_8));
            List<String> records = s.out().lines().filter(line -> line.startsWith("type=")).toList();
            assertEquals(run, records, s.err());
        }));
    }
}
