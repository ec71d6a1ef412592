package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A scenario whose values fill the heap ends with the memory limit's located error, exit 1, not
 * an OutOfMemoryError: checked in a JVM of its own with a 256 MiB heap.
 */
class MemoryLimitTest {
    @TempDir
    Path dir;

    @Test
    void valuesThatFillTheHeapEndTheRunAtTheLoop() throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("mem.cscript"), """
                let s = "x"
                for i in 0..19 {
                    s = s + s
                }
                let l = []
                for i in 0..100000 {
                    l = l + [s + "${i}"]
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false", "-cp",
                System.getProperty("java.class.path"), "org.cscript.cli.CscriptMain", "run", script.toString()))
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.startsWith(script + ":6:1: error: memory limit: the scenario's values fill more than 85% of the heap"),
                out);
        assertTrue(!out.contains("OutOfMemoryError") && !out.contains("\tat "), out);
    }
}
