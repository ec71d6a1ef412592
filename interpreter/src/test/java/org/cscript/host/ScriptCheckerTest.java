package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnostics as data are those {@code cscript check} prints, with their positions; nothing runs. */
class ScriptCheckerTest {
    private static ScriptChecker checker;

    @BeforeAll
    static void open() {
        checker = new ScriptChecker(RunOptions.of(Map.of(), null, new PrintStream(PrintStream.nullOutputStream())));
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @Test
    void theMessagesAndPositionsAreThoseCheckPrints(@TempDir Path dir) throws IOException {
        String text = """
                let cfd = container_create("web", 0)
                let i = fork_intoo(cfd)
                print("${cfd.nope")
                config audit.nope = 1
                let y = (1 +
                """;
        for (String script : List.of(text, "let x = 1\nlet y = (x +\n", "import \"missing\"\nlet x = len(1, 2)\n")) {
            Path file = dir.resolve("s.cscript");
            Files.writeString(file, script);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            new ScenarioRunner(RunOptions.of(Map.of(), null, new PrintStream(printed, true, StandardCharsets.UTF_8)))
                    .check(file);
            List<String> headlines = new ArrayList<>();
            for (String line : printed.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(file.toString() + ":")) {
                    headlines.add(line);
                }
            }
            List<String> data = new ArrayList<>();
            for (ScriptDiagnostic d : checker.check(file, script)) {
                data.add(d.file() + ":" + d.line() + ":" + d.column() + ": error: " + d.message());
            }
            assertTrue(!data.isEmpty(), script);
            assertEquals(headlines, data, script);
        }
    }

    @Test
    void theTextIsTheEditorsNotTheFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unsaved.cscript");   // never written
        List<ScriptDiagnostic> found = checker.check(file, "let x = 1\nlet z = nope + 1\n");
        assertEquals(List.of(new ScriptDiagnostic(file.toString(), 2, 9, 4, "unknown variable 'nope'")), found);
        assertEquals(List.of(), checker.check(file, "let x = 1\nprint(x)\n"));
    }

    @Test
    void importsResolveBesideTheScenario(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lib.cscript"), "fn helper() { return 1 }\nlet broken = nope\n");
        Path file = dir.resolve("main.cscript");
        List<ScriptDiagnostic> found = checker.check(file, "import \"lib\"\nprint(helper())\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals("lib.cscript", Path.of(found.getFirst().file()).getFileName().toString(), found.toString());
        assertEquals(2, found.getFirst().line());
    }

    @Test
    void nothingRuns(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ScriptChecker quiet = new ScriptChecker(RunOptions.of(Map.of(), null, new PrintStream(err)))) {
            assertEquals(List.of(), quiet.check(dir.resolve("p.cscript"), "print(\"ran\")\nexit(3)\n"));
        }
        assertEquals("", err.toString());
    }

    @Test
    void anOversizedTextIsOneDiagnostic(@TempDir Path dir) {
        List<ScriptDiagnostic> found = checker.check(dir.resolve("big.cscript"), "#".repeat(1 << 21));
        assertEquals(1, found.size());
        assertTrue(found.getFirst().message().contains("larger than"), found.toString());
    }
}
