package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed scripts through the real command line: each errors/NAME.cscript declares its exit
 * code in a first-line comment {@code # exit: N} and NAME.err holds the exact standard error,
 * with the folder prefix of the path removed. No case may print a Java stack trace.
 */
class CliErrorCasesTest {
    private static final Path DIR = Path.of("src/test/resources/org/cscript/cli/errors");
    private static final Pattern EXIT_LINE = Pattern.compile("#\\s*exit:\\s*(\\d+)");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".cscript")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTenCases() throws IOException {
        assertTrue(cases().size() >= 10, "only " + cases().size() + " error cases in " + DIR);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedScriptGivesItsDiagnostic() throws IOException {
        return cases().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String first = Files.readAllLines(script).getFirst();
            Matcher m = EXIT_LINE.matcher(first);
            assertTrue(m.find(), script + ": first line must be '# exit: N'");
            int expectedExit = Integer.parseInt(m.group(1));

            CliRun run = CliRun.of("run", script.toString());
            int exit = run.exit();
            String stderr = run.err().replace(DIR + "/", "");

            assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), "stack trace or exception leaked:\n" + stderr);
            Path expectedFile = Path.of(script.toString().replaceFirst("\\.cscript$", ".err"));
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), stderr, "standard error of " + script.getFileName());
            assertEquals(expectedExit, exit, "exit code of " + script.getFileName() + "; stderr:\n" + stderr);
        }));
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void missingFileIsUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("run", "no/such/file.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertEquals("cscript: cannot read no/such/file.cscript: no such readable file\n", run.err());
    }

    @Test
    void traceWithSeveralFilesIsRefused() {
        CliRun run = CliRun.of("run", "--trace", "x.trace", "a.cscript", "b.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("--trace takes one scenario"), run.err());
    }

    @Test
    void malformedSetIsUsageError() {
        CliRun run = CliRun.of("run", "--set", "novalue", "a.cscript");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("--set expects KEY=VALUE"), run.err());
    }
}
