package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cscript.golden.GoldenEngine;
import org.cscript.host.RunOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every examples/NAME.cscript must have besides its golden: a header naming its seed, the
 * same trace on every run, and together an example for each scenario of the kernel model. Each
 * example is run against its NAME.trace by the cscript JUnit engine (see examples/pom.xml), with
 * the kernel checking its invariants (kernel-model.md 1.12) after every operation. Rewrite the goldens with
 * {@code ./run-tests -Dcscript.update-goldens=true} (or the environment variable
 * CSCRIPT_UPDATE_GOLDENS=1), then review the diff in git.
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

    private static GoldenEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = new GoldenEngine(RunOptions.defaults(System.err), null);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    /** The cscript engine compares one run with the golden; this proves a second run prints the same trace. */
    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheSameTraceTwice() throws IOException {
        return scenarios().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () ->
                assertEquals(engine.check(script, GoldenEngine.Update.NO).trace(),
                        engine.check(script, GoldenEngine.Update.NO).trace(),
                        script + ": two runs gave different traces (nondeterminism)")));
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

    /** The kernel model's scenarios S01-S50: each is shown by an example whose header names it. */
    @Test
    void everyScenarioOfTheKernelModelHasAnExample() throws IOException {
        Set<Integer> named = new TreeSet<>();
        Pattern number = Pattern.compile("\\bS(\\d\\d)\\b");
        for (Path script : scenarios()) {
            for (String line : Files.readAllLines(script).stream().takeWhile(l -> l.startsWith("#")).toList()) {
                Matcher m = number.matcher(line);
                while (m.find()) {
                    named.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int s = 1; s <= 50; s++) {
            if (!named.contains(s)) {
                missing.add(String.format("S%02d", s));
            }
        }
        assertTrue(missing.isEmpty(), "scenarios without an example naming them in its header: " + missing);
    }
}
