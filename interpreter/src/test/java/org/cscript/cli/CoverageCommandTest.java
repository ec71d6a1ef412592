package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript test --coverage DIR} (docs/tools.md): the scenarios' statement lines as LCOV with
 * their counts, the model checks per operation, and (in a JVM started with the JaCoCo agent, as
 * ./cscript starts it) the kernel model's Java lines as LCOV.
 */
class CoverageCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    @Test
    void linesOfTheScenariosAndTheModelChecksTheyReached() throws IOException {
        Path out = dir.resolve("cov");
        CliRun run = CliRun.of("test", "-j", "2", "--coverage", out.toString(),
                EXAMPLES.resolve("errno_op03_execve.cscript").toString(), EXAMPLES.resolve("quick_tour.cscript").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        String lcov = Files.readString(out.resolve("scenarios.lcov"));
        assertTrue(lcov.lines().anyMatch(l -> l.startsWith("SF:") && l.endsWith("errno_op03_execve.cscript")), lcov);
        assertTrue(lcov.lines().anyMatch(l -> l.startsWith("SF:") && l.endsWith("quick_tour.cscript")), lcov);
        assertTrue(lcov.lines().anyMatch(l -> l.matches("DA:\\d+,[1-9]\\d*")), lcov);
        assertEquals(2, lcov.lines().filter("end_of_record"::equals).count());
        String table = Files.readString(out.resolve("model-checks.md"));
        assertTrue(table.lines().anyMatch(l -> l.startsWith("| OP-03 execve | 2/2 | check 1 EINVAL, check 2 ENOENT | - |")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("| OP-18 container_create | 0/8 |") && l.endsWith("| CONTAINER_OBJ, NS_CREATE, SYSCALL |")),
                "quick_tour's container_create wrote these records:\n" + table);
        assertTrue(run.out().contains("coverage: " + out.resolve("model-checks.md") + ": 2 of "), run.out());
        assertTrue(run.out().contains("kernel.lcov: not written: the JaCoCo agent is not running"), run.out());
        assertFalse(Files.exists(out.resolve("kernel.lcov")));
    }

    @Test
    void countsPerLineAndLinesThatNeverRan() throws IOException {
        Path scenario = Files.writeString(dir.resolve("loop.cscript"), """
                fn twice(x) {
                  return x * 2
                }
                let total = 0
                for i in 0..5 {
                  total = total + twice(i)
                }
                if total == 0 {
                  print("never")
                }
                """);
        Files.writeString(dir.resolve("loop.trace"), "");
        Path out = dir.resolve("cov");
        CliRun run = CliRun.of("test", "--coverage", out.toString(), scenario.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lcov = Files.readAllLines(out.resolve("scenarios.lcov"));
        assertEquals(List.of("TN:cscript_scenarios", "SF:" + shown(scenario), "FN:1,<script>", "FN:1,twice",
                "FNDA:1,<script>", "FNDA:5,twice", "FNF:2", "FNH:2",
                "DA:2,5", "DA:4,1", "DA:5,1", "DA:6,5", "DA:8,1", "DA:9,0", "LF:6", "LH:5", "end_of_record"), lcov);
    }

    /** The SF: path of a file: relative to the working folder when inside it. */
    private static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    @Test
    void underTheJacocoAgentTheKernelModelsJavaLinesToo() throws Exception {
        Path agent = Path.of("target", "agent", "org.jacoco.agent-runtime.jar");
        assertTrue(Files.isRegularFile(agent), "the build copies the agent to " + agent);
        Path out = dir.resolve("cov");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-javaagent:" + agent + "=output=none,includes=org.cscript.kernel.*:org.cscript.audit.*", "-cp",
                System.getProperty("java.class.path"), "org.cscript.cli.CscriptMain", "test", "--coverage", out.toString(),
                EXAMPLES.resolve("s17_contid_registration.cscript").toString()))
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the suite ended");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.matches("(?s).*coverage: " + out.resolve("kernel.lcov") + ": \\d+ of \\d+ Java lines of the kernel model ran.*"),
                output);
        String kernel = Files.readString(out.resolve("kernel.lcov"));
        assertTrue(kernel.contains("SF:src/main/java/org/cscript/kernel/AuditIdentityOps.java\n"), "SF paths are the sources");
        String identity = kernel.substring(kernel.indexOf("SF:src/main/java/org/cscript/kernel/AuditIdentityOps.java"));
        identity = identity.substring(0, identity.indexOf("end_of_record"));
        assertTrue(identity.lines().anyMatch(l -> l.matches("DA:\\d+,1")), "set_contid ran the contid write:\n" + identity);
        assertTrue(identity.lines().anyMatch(l -> l.matches("DA:\\d+,0")), "not every check failed");
        assertTrue(identity.lines().anyMatch(l -> l.matches("FNDA:1,AuditIdentityOps\\..*")), identity);
    }
}
