package org.cscript.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
    @TempDir
    Path root;

    @Test
    void theMarkerClassSelectsEveryScenarioUnderTheRoot() throws IOException {
        Files.writeString(root.resolve("a.cscript"), "print(\"hi\")\n");
        EngineRun run = EngineRun.of(root, Map.of(), selectClass(CscriptScenariosTest.class.getName()));
        assertEquals(1, run.plan.countTestIdentifiers(t -> t.isTest()), run.events.toString());
    }
}
