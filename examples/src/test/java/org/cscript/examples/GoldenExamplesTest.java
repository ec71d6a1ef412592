package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.golden.UnifiedDiff;
import org.cscript.runtime.RunOptions;
import org.cscript.runtime.ScenarioResult;
import org.cscript.runtime.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every examples/NAME.cscript and compares its trace with NAME.trace byte for byte.
 * Rewrite the goldens with {@code ./run-tests -Dcscript.update-goldens=true} (or the
 * environment variable CSCRIPT_UPDATE_GOLDENS=1), then review the diff in git.
 */
class GoldenExamplesTest {
    private static final Path EXAMPLES = Path.of("").toAbsolutePath();

    static boolean updating() {
        return Boolean.getBoolean("cscript.update-goldens") || "1".equals(System.getenv("CSCRIPT_UPDATE_GOLDENS"));
    }

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cscript")).sorted().toList();
        }
    }

    @Test
    void thereAreEnoughExamples() throws IOException {
        assertTrue(scenarios().size() >= 12, "expected at least 12 examples in " + EXAMPLES + ", found " + scenarios().size());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenTrace() throws IOException {
        return scenarios().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script)));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHasAHeaderNamingItsSeed() throws IOException {
        return scenarios().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            List<String> header = Files.readAllLines(script).stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.size() >= 2, script + ": needs a header comment saying what it shows and which seed it comes from");
            assertTrue(header.stream().anyMatch(l -> l.matches("(?i)#\\s*seeds?:.*")),
                    script + ": header must have a 'Seed:' line naming the seed file(s) (or 'Seed: none, proposed ...')");
        }));
    }

    private static void check(Path script) throws IOException {
        Run first = run(script);
        assertEquals(ScenarioResult.Status.OK, first.result.status(),
                () -> script.getFileName() + " did not run cleanly:\n" + first.stderr);
        Run second = run(script);
        assertEquals(first.result.trace(), second.result.trace(), script + ": two runs gave different traces (nondeterminism)");

        Path golden = Path.of(script.toString().replaceFirst("\\.cscript$", ".trace"));
        String actualText = String.join("\n", first.result.trace()) + (first.result.trace().isEmpty() ? "" : "\n");
        if (updating()) {
            Files.writeString(golden, actualText, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden.getFileName() + " is missing; create it with ./run-tests -Dcscript.update-goldens=true and review it");
        }
        String expectedText = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expectedText.equals(actualText)) {
            String diff = UnifiedDiff.diff(golden.getFileName().toString(), expectedText.lines().toList(),
                    script.getFileName() + " (actual)", actualText.lines().toList());
            fail("trace differs from " + golden.getFileName() + (diff.isEmpty() ? " (line endings or final newline)" : ":\n" + diff));
        }
    }

    private record Run(ScenarioResult result, String stderr) {
    }

    private static Run run(Path script) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        ScenarioResult result = new ScenarioRunner(new RunOptions(new LinkedHashMap<>(), null, errStream)).run(script);
        return new Run(result, err.toString(StandardCharsets.UTF_8));
    }
}
