package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs: every errors/NAME.cscript must produce exactly errors/NAME.err (the formatted
 * diagnostics, each followed by a newline), and every valid/NAME.cscript must parse cleanly.
 */
class GoldenErrorsTest {

    @TestFactory
    Stream<DynamicTest> malformedScriptsGiveTheirGoldenDiagnostics() throws IOException, URISyntaxException {
        List<Path> scripts = scripts("errors");
        assertTrue(scripts.size() >= 15, "expected at least 15 golden error cases, found " + scripts.size());
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            Path golden = Path.of(script.toString().replaceFirst("\\.cscript$", ".err"));
            ParseResult result = FrontEnd.parse(new SourceFile(script.getFileName().toString(), Files.readString(script)));
            assertFalse(result.ok(), "a malformed script must not parse cleanly");
            String actual = result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining());
            assertEquals(Files.readString(golden), actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> validScriptsParseWithoutDiagnostics() throws IOException, URISyntaxException {
        return scripts("valid").stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            ParseResult result = FrontEnd.parse(SourceFile.read(script));
            assertEquals("", result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
            assertTrue(result.ok());
        }));
    }

    static List<Path> scripts(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenErrorsTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".cscript")).sorted().toList();
        }
    }
}
