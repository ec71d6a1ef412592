package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner hands each record out as the kernel writes it, so a scenario that hangs has shown what it did. */
class ScenarioRunnerStreamingTest {
    @TempDir
    Path dir;

    @Test
    void aHangingScenarioHasStreamedItsRecordsBeforeItIsStopped() throws IOException {
        Path script = Files.writeString(dir.resolve("hang.cscript"),
                "config limits.steps = 9223372036854775807\n"   // only the timeout stops it
                        + "auditctl(\"-a always,exit -S all\")\nlet t = fork()\nwhile true { }\n");
        long start = System.nanoTime();
        long[] firstLineAt = {-1};
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        OutputStream echo = new OutputStream() {
            @Override
            public void write(int b) {
                if (firstLineAt[0] < 0) {
                    firstLineAt[0] = System.nanoTime() - start;
                }
                seen.write(b);
            }
        };
        ScenarioResult result = new ScenarioRunner(RunOptions.defaults(System.err)).streamingTraceTo(echo)
                .withTimeout(Duration.ofSeconds(3)).run(script);
        assertEquals(ScenarioResult.Status.TIMED_OUT, result.status());
        assertEquals(List.of(), result.trace(), "a streamed run keeps no copy of its trace");
        assertTrue(seen.toString(StandardCharsets.UTF_8).startsWith("type=SYSCALL msg=audit(1500000000.000:1): arch=c000003e syscall=56"),
                seen.toString(StandardCharsets.UTF_8));
        assertTrue(firstLineAt[0] >= 0 && firstLineAt[0] < Duration.ofSeconds(2).toNanos(),
                "the fork's record came out while the loop still ran: after " + firstLineAt[0] / 1_000_000 + " ms");
    }

    @Test
    void everyTraceLineKnowsTheStatementThatWroteIt() throws IOException {
        Path script = Files.writeString(dir.resolve("o.cscript"),
                "fn give(t, v) {\n  set_contid(t, v)\n}\nlet t = fork()\ngive(t, 5)\n");
        ScenarioResult result = new ScenarioRunner(RunOptions.defaults(System.err)).run(script);
        assertEquals(2, result.trace().size());
        assertEquals(script + ":5", result.originOf(0), "a function's records belong to the line that called it");
        assertEquals(script + ":5", result.originOf(1));
    }
}
