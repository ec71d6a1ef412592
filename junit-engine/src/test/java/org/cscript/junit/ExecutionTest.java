package org.cscript.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;

class ExecutionTest {
    @TempDir
    Path root;

    private EngineRun run(Map<String, String> parameters) {
        return EngineRun.of(root, parameters, selectDirectory(root.toFile()));
    }

    @Test
    void aScenarioMatchingItsGoldenPasses() throws IOException {
        Scenarios.passing(root, "ok.cscript");
        assertEquals("SUCCESSFUL", run(Map.of()).test("ok.cscript").status());
    }

    @Test
    void aChangedGoldenFailsWithTheDiffAsTheMessage() throws IOException {
        Path script = Scenarios.passing(root, "changed.cscript");
        Path trace = Scenarios.trace(script);
        Files.writeString(trace, Files.readString(trace).replace("name=\"app\"", "name=\"old\""));
        EngineRun.Event test = run(Map.of()).test("changed.cscript");
        assertEquals("FAILED", test.status());
        assertTrue(test.message().contains("-type=UNKNOWN[1343]") && test.message().contains("name=\"old\"")
                && test.message().contains("+type=UNKNOWN[1343]") && test.message().contains("name=\"app\""),
                test.message());
        assertTrue(Files.readString(trace).contains("name=\"old\""), "without cscript.update the golden stays");
    }

    @Test
    void aScenarioWithoutAGoldenFails() throws IOException {
        Scenarios.write(root, "new.cscript", Scenarios.CREATE);
        EngineRun.Event test = run(Map.of()).test("new.cscript");
        assertEquals("FAILED", test.status());
        assertTrue(test.message().contains("no golden"), test.message());
    }

    @Test
    void aSkipHeaderSkipsTheTestWithItsReason() throws IOException {
        Scenarios.write(root, "later.cscript", "# skip: waits for OP-99\n" + Scenarios.CREATE);
        EngineRun.Event test = run(Map.of()).test("later.cscript");
        assertEquals("SKIPPED", test.status());
        assertEquals("waits for OP-99", test.message());
    }

    @Test
    void updateCreatesAndRewritesGoldensAndReportsWhatItDid() throws IOException {
        Path created = Scenarios.write(root, "a/created.cscript", Scenarios.CREATE);
        Path changed = Scenarios.passing(root, "a/changed.cscript");
        Files.writeString(Scenarios.trace(changed), "stale\n");
        EngineRun run = run(Map.of(EngineSettings.UPDATE, "true"));
        assertEquals("SUCCESSFUL", run.test("a/created.cscript").status());
        assertEquals("SUCCESSFUL", run.test("a/changed.cscript").status());
        assertTrue(Files.readString(Scenarios.trace(created)).contains("op=create"));
        assertTrue(Files.readString(Scenarios.trace(changed)).contains("op=create"));
        assertEquals(List.of("a/changed.cscript cscript.golden=updated " + Scenarios.trace(changed),
                "a/created.cscript cscript.golden=created " + Scenarios.trace(created)), run.entries);
    }

    @Test
    void anObsoleteGoldenIsAReportEntryOutsideCiAndAFailingTestUnderCi() throws IOException {
        Scenarios.passing(root, "kept.cscript");
        Path orphan = Scenarios.write(root, "gone.trace", "type=SYSCALL\n");
        EngineRun relaxed = run(Map.of(EngineSettings.CI, "false"));
        assertEquals(1, relaxed.tests().size());
        assertEquals(1, relaxed.entries.size());
        assertTrue(relaxed.entries.getFirst().startsWith("cscript cscript.obsolete=" + orphan), relaxed.entries.toString());

        EngineRun strict = run(Map.of(EngineSettings.CI, "true"));
        EngineRun.Event test = strict.test("gone.trace (obsolete golden)");
        assertEquals("FAILED", test.status());
        assertTrue(test.message().contains("gone.cscript is gone"), test.message());
    }

    @Test
    void aBadProfileFailsDiscoveryWithTheKernelsMessage() throws IOException {
        Scenarios.passing(root, "ok.cscript");
        assertDiscoveryFails(Map.of(EngineSettings.PROFILE, "nonesuch"), "cscript.profile=nonesuch: ");
    }

    @Test
    void aTimeoutThatIsNotANumberFailsDiscovery() throws IOException {
        Scenarios.passing(root, "ok.cscript");
        assertDiscoveryFails(Map.of(EngineSettings.TIMEOUT, "soon"),
                "cscript.timeout must be a whole number of seconds (0 for no limit), not 'soon'");
    }

    private void assertDiscoveryFails(Map<String, String> parameters, String message) {
        JUnitException e = assertThrows(JUnitException.class, () -> run(parameters));
        assertTrue(e.getCause().getMessage().startsWith(message), e.getCause().getMessage());
    }

    @Test
    void theUpstreamProfileIsAccepted() throws IOException {
        Scenarios.write(root, "up.cscript", Scenarios.CREATE);
        EngineRun run = run(Map.of(EngineSettings.PROFILE, "upstream", EngineSettings.UPDATE, "true"));
        assertEquals("SUCCESSFUL", run.test("up.cscript").status());
    }

    @Test
    void aScenarioRunningPastTheTimeoutFails() throws IOException {
        // no step limit (docs/limits.md): only the timeout stops this loop
        Scenarios.write(root, "forever.cscript",
                "config limits.steps = 9223372036854775807\nlet x = 0\nwhile true { x = x + 1 }\n");
        EngineRun.Event test = run(Map.of(EngineSettings.TIMEOUT, "1")).test("forever.cscript");
        assertEquals("FAILED", test.status());
        assertTrue(test.message().contains("stopped after 1 s"), test.message());
    }
}
