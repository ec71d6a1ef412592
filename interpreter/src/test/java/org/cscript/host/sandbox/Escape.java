package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/**
 * The playground of the escape attempts: a scenario folder and, beside it, files a scenario must
 * not reach, each of which would print "ESCAPED" if it were ever run. The scenario is named by a
 * path relative to the working folder, as a user types it, so a message that shows the temporary
 * folder's absolute path shows a path the user did not type.
 */
final class Escape {
    static final String LEAKED = "ESCAPED";

    final Path base;
    final Path root;

    Escape(Path base) {
        this.base = base;
        this.root = base.resolve("scenario");
        write(root.resolve("lib/helpers.cscript"), "fn twice(x) { return x * 2 }\n");
        write(base.resolve("secret.cscript"), "print \"" + LEAKED + "\"\n");
        write(base.resolve("outside/secret.cscript"), "print \"" + LEAKED + "\"\n");
    }

    /** What one run printed, and how it ended. */
    record Outcome(ScenarioResult.Status status, String err) {
    }

    Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A symbolic link at {@code link} (relative to the scenario folder) pointing at {@code target}, as written. */
    void link(String link, String target) {
        try {
            Path at = root.resolve(link);
            Files.createDirectories(at.getParent());
            Files.createSymbolicLink(at, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code bytes} bytes that takes no disk space. */
    Path sparse(Path file, long bytes) {
        try {
            Files.createDirectories(file.getParent());
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path fifo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo " + file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code main.cscript} with this text in the scenario folder. */
    Outcome runMain(String text) {
        return run(write(root.resolve("main.cscript"), text));
    }

    /** Runs a scenario file, named relative to the working folder when it is in the playground. */
    Outcome run(Path script) {
        return run(script, RunOptions.defaults(System.err));
    }

    Outcome run(Path script, RunOptions base) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path typed = script.startsWith(this.base) ? Path.of("").toAbsolutePath().relativize(script) : script;
        ScenarioResult result = new ScenarioRunner(base.withErr(stream)).run(typed);
        return new Outcome(result.status(), err.toString(StandardCharsets.UTF_8));
    }

    /** The attempt was refused with {@code reason}, cleanly: no stack trace, nothing run, no host path shown. */
    void assertDenied(Outcome outcome, String reason) {
        assertNotEquals(ScenarioResult.Status.OK, outcome.status(), "the attempt succeeded: " + outcome.err());
        assertNotEquals(ScenarioResult.Status.INTERNAL_ERROR, outcome.status(), outcome.err());
        String err = outcome.err();
        assertTrue(err.contains(reason), "expected «" + reason + "» in:\n" + err);
        assertFalse(err.contains(LEAKED), "a file outside the scenario's folder ran:\n" + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"),
                "a stack trace or an exception's name:\n" + err);
        assertFalse(showsAbsolute(err, base.toString()) || showsAbsolute(err, realBase()),
                "an absolute host path the user did not type:\n" + err);
        assertFalse(err.contains("root:x:0:0"), "host file contents in the message:\n" + err);
    }

    /** The user typed "../../tmp/x/main.cscript": "/tmp/x" inside it is no absolute path shown. */
    private static boolean showsAbsolute(String err, String path) {
        for (int at = err.indexOf(path); at >= 0; at = err.indexOf(path, at + 1)) {
            if (at == 0 || err.charAt(at - 1) != '.') {
                return true;
            }
        }
        return false;
    }

    private String realBase() {
        try {
            return base.toRealPath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
