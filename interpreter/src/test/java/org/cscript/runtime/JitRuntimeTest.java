package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cscript.host.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the surefire execution "jit-runtime", whose JVM has the Graal compiler on the
 * upgrade module path (the flags CSCRIPT_JIT=1 ./cscript uses). Fails if Truffle silently
 * fell back to the interpreter-only runtime, e.g. after a version bump (toolchain.md).
 */
class JitRuntimeTest {
    @Test
    void optimizingRuntimeIsLive() {
        String name = ScenarioRunner.engineImplementationName();
        assertTrue(name.startsWith("GraalVM"), "expected the optimizing Truffle runtime, got: " + name);
    }
}
