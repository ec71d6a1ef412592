package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The launcher keeps its AOT cache only when the training workload succeeds: it must. */
class StartupTrainingTest {
    @Test
    void theTrainingWorkloadSucceeds() throws IOException {
        assertEquals(ExitCode.OK, StartupTraining.train());
    }
}
