package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript run}: traces kept apart per scenario, {@code --trace FILE} per scenario and
 * {@code -}, {@code --timeout}.
 */
class RunCommandTest {
    @TempDir
    Path dir;

    private Path scenario(String name, int contid) throws IOException {
        return Files.writeString(dir.resolve(name + ".cscript"), "let t = fork()\nset_contid(t, " + contid + ")\n");
    }

    @Test
    void severalScenariosAreHeadedOnStandardErrorEachWithItsOwnSerials() throws IOException {
        Path a = scenario("a", 5);
        Path b = scenario("b", 6);
        CliRun run = CliRun.of("run", a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("==> " + a + " <==\nok      " + a + "\n==> " + b + " <==\nok      " + b + "\n", run.err());
        assertEquals(4, run.out().lines().count());
        assertEquals(4, run.out().lines().filter(l -> l.contains("msg=audit(1500000000.000:1)")).count(),
                "each scenario boots its own kernel: both events are serial 1");
    }

    @Test
    void oneTraceFilePerScenarioAndDashForStandardOutput() throws IOException {
        Path a = scenario("a", 5);
        Path b = scenario("b", 6);
        Path traceA = dir.resolve("a.out");
        CliRun run = CliRun.of("run", "--trace", traceA.toString(), "--trace", "-", a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(traceA).contains("contid=5") && !Files.readString(traceA).contains("contid=6"));
        assertTrue(run.out().contains("contid=6") && !run.out().contains("contid=5"), run.out());
    }

    @Test
    void aTimeoutStopsTheScenarioAfterItsTraceSoFar() throws IOException {
        Path hang = Files.writeString(dir.resolve("hang.cscript"), "config limits.steps = 9223372036854775807\n"
                + "auditctl(\"-a always,exit -S clone\")\nlet t = fork()\nwhile true { }\n");
        long start = System.nanoTime();
        CliRun run = CliRun.of("run", "--timeout", "0.5", hang.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(hang + ": error: stopped after 0.5 s (--timeout)\n", run.err());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith("type=SYSCALL")).count(), run.out());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped at once");
    }

    @Test
    void aNegativeTimeoutIsAUsageError() throws IOException {
        CliRun run = CliRun.of("run", "--timeout", "-1", scenario("a", 5).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--timeout must be 0 (none) or up to 86400 seconds, got -1"), run.err());
    }
}
