package org.cscript.kernel;

/**
 * The simulated kernel panicked (audit.failure = panic and a record was lost:
 * docs/proposals/audit-backlog.md): the scenario ends at the statement that caused it with
 * Linux's message, "Kernel panic - not syncing: audit: backlog limit exceeded".
 */
public final class KernelPanic extends ScenarioMistake {
    private static final long serialVersionUID = 1L;

    KernelPanic(String reason) {
        super("Kernel panic - not syncing: " + reason);
    }
}
