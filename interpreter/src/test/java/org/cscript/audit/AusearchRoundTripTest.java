package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden traces must be real audit logs: the Linux audit userspace reads each one back
 * unchanged ({@code ausearch -if FILE --raw}, byte for byte; toolchain.md "Linux audit
 * userspace"). Without ausearch on PATH the tests are skipped, never passed.
 */
class AusearchRoundTripTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path temp;

    /** Every {@code *.trace} under the repository's examples/ directory. */
    @TestFactory
    Stream<DynamicTest> everyExampleTraceRoundTrips() throws IOException {
        Path root = repositoryRoot();
        Path examples = root.resolve("examples");
        List<Path> traces;
        try (Stream<Path> files = Files.walk(examples)) {
            traces = files.filter(p -> p.getFileName().toString().endsWith(".trace") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        // Checked before the tool: a golden suite without traces is broken on every machine.
        assertFalse(traces.isEmpty(), "no *.trace files under " + examples
                + ": a golden suite without traces is broken");
        return traces.stream().map(trace -> dynamicTest(root.relativize(trace).toString(), trace.toUri(),
                () -> assertRoundTrip(ausearchOnPath(), trace, root.relativize(trace).toString())));
    }

    /** The complete example traces of kernel-model.md §4.7 and the encoding corner cases. */
    @TestFactory
    Stream<DynamicTest> fixtureTracesRoundTrip() {
        return TraceFixtures.NAMES.stream().map(name -> dynamicTest(name, TraceFixtures.uri(name), () -> {
            Path copy = temp.resolve(name);
            Files.write(copy, TraceFixtures.bytes(name));
            assertRoundTrip(ausearchOnPath(), copy, name);
        }));
    }

    private static void assertRoundTrip(Path ausearch, Path trace, String displayName)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("ausearch-out", ".log");
        Path stderr = Files.createTempFile("ausearch-err", ".log");
        try {
            String command = "ausearch -if " + displayName + " --raw";
            Process process = new ProcessBuilder(ausearch.toString(), "-if", trace.toString(), "--raw")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            byte[] expected = Files.readAllBytes(trace);
            byte[] actual = Files.readAllBytes(stdout);
            String diff = FirstDifference.of(expected, displayName, actual, command);
            if (diff != null) {
                // ausearch exits 1 with "<no matches>" for a file it cannot read any event from.
                String errors = Files.readString(stderr, StandardCharsets.UTF_8).strip();
                fail(command + " does not reproduce the trace byte for byte (exit status " + process.exitValue()
                        + (errors.isEmpty() ? "" : ", stderr: " + errors) + "):\n" + diff);
            }
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /**
     * The ausearch executable on PATH; skips the calling test (JUnit assumption) when there is
     * none. Called inside each dynamic test: an aborted factory would be reported as nothing at
     * all rather than as skipped tests.
     */
    private static Path ausearchOnPath() {
        String path = System.getenv("PATH");
        Path found = null;
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "ausearch");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    found = candidate;
                    break;
                }
            }
        }
        assumeTrue(found != null, "ausearch is not on PATH (Debian/Ubuntu: apt-get install auditd): "
                + "trace round trips not checked");
        return found;
    }

    /** The nearest directory at or above the working directory holding both examples/ and pom.xml. */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return fail("no directory with examples/ and pom.xml at or above " + start);
    }
}
