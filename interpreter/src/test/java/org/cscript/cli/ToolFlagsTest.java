package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cscript run --cpusampler}, and the debugger flags refused where they make no sense (docs/tools.md). */
class ToolFlagsTest {
    @TempDir
    Path dir;

    private Path scenario(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".cscript"), text);
    }

    @Test
    void theCpuSamplerNamesTheScenariosHotFunction() throws IOException {
        Path slow = scenario("slow", """
                fn spin_forks(n) {
                  let total = 0
                  for i in 0..n {
                    let t = fork()
                    total = total + t.pid % 7
                  }
                  return total
                }
                let sum = spin_forks(20000)
                """);
        CliRun run = CliRun.of("run", "--cpusampler", slow.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("Sampling Histogram"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.strip().startsWith("spin_forks ") && l.contains("slow.cscript")),
                "the histogram has a row for the scenario's function:\n" + run.err());
    }

    @Test
    void aDebuggerTakesOneScenario() throws IOException {
        Path a = scenario("a", "let t = fork()\n");
        Path b = scenario("b", "let t = fork()\n");
        CliRun inspect = CliRun.of("run", "--inspect", a.toString(), b.toString());
        assertEquals(2, inspect.exit());
        assertTrue(inspect.err().startsWith("--inspect debugs one scenario, got 2 (run them one at a time)\n"), inspect.err());
        CliRun dap = CliRun.of("run", "--dap=4712", a.toString(), b.toString());
        assertEquals(2, dap.exit());
        assertTrue(dap.err().startsWith("--dap debugs one scenario, got 2"), dap.err());
    }

    @Test
    void oneDebuggerAtATimeAndNoTimeoutUnderIt() throws IOException {
        Path a = scenario("a", "let t = fork()\n");
        CliRun both = CliRun.of("run", "--inspect", "--dap", a.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().startsWith("--inspect and --dap cannot be combined: choose one debugger\n"), both.err());
        CliRun timed = CliRun.of("run", "--timeout", "2", "--inspect", a.toString());
        assertEquals(2, timed.exit());
        assertTrue(timed.err().startsWith("--inspect cannot be combined with --timeout"), timed.err());
    }

    @Test
    void aBadAddressIsOneLine() throws IOException {
        Path a = scenario("a", "let t = fork()\n");
        CliRun run = CliRun.of("run", "--inspect=localhost:70000", a.toString());
        assertEquals(2, run.exit());
        assertEquals("cscript: error: --inspect expects [HOST:]PORT with a port from 1 to 65535, got 'localhost:70000'\n",
                run.err());
        assertEquals("", run.out());
    }
}
