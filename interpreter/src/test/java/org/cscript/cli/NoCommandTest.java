package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code cscript} without a command: on a terminal it starts the REPL (the tmux test in the
 * examples module shows that), otherwise - here, where stdin is no terminal - the usage error.
 */
class NoCommandTest {
    @Test
    void withoutATerminalNoCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("missing command: use 'cscript run FILE...'"), run.err());
    }
}
