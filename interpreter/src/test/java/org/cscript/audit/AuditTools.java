package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Linux audit userspace (ausearch, aureport from auditd 3.0.9, as CI installs it) run
 * on trace files, and the golden traces of the repository they are run on.
 */
final class AuditTools {
    private static final long TIMEOUT_SECONDS = 60;

    /** What one run printed; {@code command} is the command line as a reader would type it. */
    record Run(String command, int exitStatus, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private AuditTools() {
    }

    /**
     * The executable on PATH; skips the calling test (JUnit assumption) when there is none. Call
     * it inside each dynamic test: an aborted factory would be reported as nothing at all rather
     * than as skipped tests.
     */
    static Path onPath(String tool) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        assumeTrue(false, tool + " is not on PATH (Debian/Ubuntu: apt-get install auditd): not checked");
        throw new AssertionError("unreachable");
    }

    /** Runs {@code tool args...} on {@code trace}'s directory, shown as {@code displayName}. */
    static Run run(String tool, Path trace, String displayName, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(onPath(tool).toString()));
        StringBuilder command = new StringBuilder(tool);
        for (String a : args) {
            argv.add(a.equals("FILE") ? trace.toString() : a);
            command.append(' ').append(a.equals("FILE") ? displayName : a);
        }
        Path stdout = Files.createTempFile(tool + "-out", ".log");
        Path stderr = Files.createTempFile(tool + "-err", ".log");
        try {
            Process process = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Run(command.toString(), process.exitValue(), Files.readAllBytes(stdout),
                    Files.readString(stderr, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** Every {@code *.trace} under the repository's examples/ directory, sorted. */
    static List<Path> goldenTraces() throws IOException {
        Path examples = repositoryRoot().resolve("examples");
        List<Path> traces;
        try (Stream<Path> files = Files.walk(examples)) {
            traces = files.filter(p -> p.getFileName().toString().endsWith(".trace") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        // Checked before any tool: a golden suite without traces is broken on every machine.
        assertFalse(traces.isEmpty(), "no *.trace files under " + examples + ": a golden suite without traces is broken");
        return traces;
    }

    /** The trace's path relative to the repository, for test names and messages. */
    static String displayName(Path trace) {
        return repositoryRoot().relativize(trace).toString();
    }

    /** Whether the trace's scenario (the .cscript beside it) runs under {@code config profile = upstream}. */
    static boolean upstreamProfile(Path trace) throws IOException {
        String name = trace.getFileName().toString();
        Path script = trace.resolveSibling(name.substring(0, name.length() - ".trace".length()) + ".cscript");
        return Files.readAllLines(script).stream().anyMatch(l -> l.strip().equals("config profile = upstream"));
    }

    /** The nearest directory at or above the working directory holding both examples/ and pom.xml. */
    static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return fail("no directory with examples/ and pom.xml at or above " + start);
    }
}
