package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import "std/NAME"} reads the module from the jar, never from the host: a decoy
 * std/NAME.cscript in the scenario's folder, and one in the working folder, that would print
 * "ESCAPED" (and define nothing the scenario calls) are never run, and the module's functions are
 * those of the shipped library (docs/stdlib.md).
 */
class StandardModulesFromJarTest {
    @TempDir
    Path dir;

    /** Each standard module, and a call of one of its functions that needs no kernel state. */
    private static final List<List<String>> MODULES = List.of(
            List.of("scenario", "print type_of(orchestrator())"),
            List.of("oci", "print oci_flags([\"pid\", \"net\"]) == (CONTAINER_NEW_PID_NS | CONTAINER_NEW_NET_NS)"),
            List.of("pod", "print type_of(pod_create(self(), \"p\", 7))"),
            List.of("audit", "print audit_count(\"SYSCALL\") == 0"));

    @TestFactory
    Stream<DynamicTest> aDecoyBesideTheScenarioIsNeverRead() {
        return MODULES.stream().map(m -> DynamicTest.dynamicTest("std/" + m.get(0), () -> {
            Escape escape = new Escape(dir.resolve(m.get(0)));
            String decoy = "print \"" + Escape.LEAKED + "\"\n";
            escape.write(escape.root.resolve("std/" + m.get(0) + ".cscript"), decoy);
            escape.write(escape.base.resolve("std/" + m.get(0) + ".cscript"), decoy);
            Escape.Outcome outcome = escape.runMain("import \"std/" + m.get(0) + "\"\n" + m.get(1) + "\n");
            assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
            assertFalse(outcome.err().contains(Escape.LEAKED), "a host file ran:\n" + outcome.err());
            assertFalse(outcome.err().contains("false"), outcome.err());
        }));
    }
}
