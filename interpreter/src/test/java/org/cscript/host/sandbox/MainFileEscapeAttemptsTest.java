package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario file named on the command line is the user's choice, but it must still be a
 * scenario file: a device, FIFO, folder or huge file is refused at once with
 * {@code cscript: cannot read FILE: REASON} (exit 2), never read until memory runs out or
 * blocked on.
 */
class MainFileEscapeAttemptsTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private void assertRefused(Path file, String reason) {
        Escape escape = new Escape(dir);
        Escape.Outcome outcome = assertTimeoutPreemptively(AT_ONCE, () -> escape.run(file));
        escape.assertDenied(outcome, reason);
        assertEquals(ScenarioResult.Status.INVALID, outcome.status());
    }

    @Test
    void devZero() {
        assertRefused(Path.of("/dev/zero"), "cscript: cannot read /dev/zero: not a regular file (a character device)");
    }

    @Test
    void devNull() {
        assertRefused(Path.of("/dev/null"), "cscript: cannot read /dev/null: not a regular file (a character device)");
    }

    @Test
    void devStdin() {
        assumeFalse(Files.isRegularFile(Path.of("/dev/stdin")), "the tests' standard input is a regular file");
        assertRefused(Path.of("/dev/stdin"), "cscript: cannot read /dev/stdin: ");
    }

    @Test
    void devTty() {
        String reason = Files.exists(Path.of("/dev/tty")) ? "not a regular file (a character device)" : "no such file";
        assertRefused(Path.of("/dev/tty"), "cscript: cannot read /dev/tty: " + reason);
    }

    @Test
    void aFifo() {
        Escape escape = new Escape(dir);
        Path fifo = escape.fifo(escape.root.resolve("pipe.cscript"));
        assertRefused(fifo, "scenario/pipe.cscript: not a regular file (a FIFO)");
    }

    @Test
    void aFolder() {
        Escape escape = new Escape(dir);
        assertRefused(escape.root.resolve("lib"), "scenario/lib: not a regular file (a directory)");
    }

    @Test
    void aHugeFile() {
        Escape escape = new Escape(dir);
        Path big = escape.sparse(escape.root.resolve("big.cscript"), 1L << 32);
        assertRefused(big, "scenario/big.cscript: larger than 1 MiB, the limit for a scenario file (4294967296 bytes)");
    }

    @Test
    void aFileThatIsNotThere() {
        Escape escape = new Escape(dir);
        assertRefused(escape.root.resolve("nothere.cscript"), "scenario/nothere.cscript: no such file");
    }

    @Test
    void aFileOfExactlyTheLimitRuns() {
        Escape escape = new Escape(dir);
        String text = "print 1\n" + "#".repeat((int) SandboxLimits.MAX_FILE_BYTES - 9) + "\n";
        Path file = escape.write(escape.root.resolve("limit.cscript"), text);
        assertEquals(SandboxLimits.MAX_FILE_BYTES, file.toFile().length());
        Escape.Outcome outcome = escape.run(file);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
    }
}
