package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cscript.coverage.ProvenCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run hands the host the errno checks its expect statements proved, and prints nothing more for them. */
class ProvenChecksTest {
    @TempDir
    Path dir;

    private ScenarioResult run(String text) throws IOException {
        Path script = dir.resolve("proof.cscript");
        Files.writeString(script, text, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOptions options = RunOptions.defaults(new PrintStream(err, true, StandardCharsets.UTF_8));
        ScenarioResult result = new ScenarioRunner(options).run(script);
        if (result.status() == ScenarioResult.Status.OK) {
            assertEquals("", err.toString(StandardCharsets.UTF_8));   // recording prints nothing
        }
        return result;
    }

    @Test
    void eachCaughtExpectationNamesItsCheckAndLine() throws IOException {
        ScenarioResult result = run("""
                let t = fork()
                expect ERANGE { set_contid(t, "18446744073709551616") }
                let r = try set_contid(t, "x")
                expect EPERM {
                    set_contid(self(), 7)
                }
                """);
        assertEquals(ScenarioResult.Status.OK, result.status());
        List<ProvenCheck> proven = result.provenChecks();
        assertEquals(2, proven.size(), proven.toString());   // try proves nothing
        assertEquals("OP-46 check 3", proven.get(0).checkId());
        assertEquals(2, proven.get(0).line());
        assertEquals(dir.resolve("proof.cscript").toString(), proven.get(0).script());
        assertEquals("OP-46 check 6", proven.get(1).checkId());
        assertEquals(4, proven.get(1).line());
    }

    @Test
    void theChecksProvenBeforeAFailureAreKept() throws IOException {
        ScenarioResult result = run("expect EBADF { close(42) }\nassert false\n");
        assertEquals(ScenarioResult.Status.FAILED, result.status());
        assertEquals("OP-12 check 1", result.provenChecks().getFirst().checkId());
    }

    @Test
    void aFailureOfNoSpecCheckIsRecordedUnplaced() throws IOException {
        ScenarioResult result = run("let t = fork()\nas t { exit(0) }\nas t { expect ESRCH { getpid() } }\n");
        ProvenCheck acting = result.provenChecks().getFirst();
        assertFalse(acting.identified());
        assertNull(acting.checkId());
        assertEquals("getpid", acting.builtin());
    }
}
