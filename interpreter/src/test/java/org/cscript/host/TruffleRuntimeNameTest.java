package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code cscript --version} names the runtime without an engine: the same name an engine gives. */
class TruffleRuntimeNameTest {
    @Test
    void isTheEnginesImplementationName() {
        assertEquals(ScenarioRunner.engineImplementationName(), TruffleRuntimeName.get());
    }
}
