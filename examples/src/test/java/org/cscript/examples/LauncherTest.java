package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's first command, end to end through the ./cscript launcher and a real JVM. */
class LauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {
    }

    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("cscript").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cscript-out", ".txt");
        Path err = Files.createTempFile("cscript-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./cscript " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsTheGoldenTraceAndNothingElse() throws Exception {
        Result r = launch(Map.of(), "run", "examples/quick_tour.cscript");
        assertEquals("", r.err().replaceFirst("(?s)^cscript: building.*", ""), "stderr must be empty (no JVM warnings)");
        assertEquals(0, r.exit());
        assertEquals(Files.readString(ROOT.resolve("examples/quick_tour.trace")), r.out());
    }

    @Test
    void missingJdkIsOneLineAndExitTwo() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", "", "CSCRIPT_JDK_DIR", "/nonexistent-jdk-dir"), "--version");
        assertEquals(2, r.exit());
        assertEquals("cscript: no JDK 25 or newer found (JAVA_HOME=unset, nothing suitable under /nonexistent-jdk-dir);"
                + " install one, e.g. Temurin 25\n", r.err());
    }
}
