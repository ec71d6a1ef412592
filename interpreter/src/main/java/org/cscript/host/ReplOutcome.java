package org.cscript.host;

import java.util.List;

/**
 * How one REPL input went: its status, the trace lines it emitted and, when it ended in a bare
 * expression with a value other than nil, that value as {@code print} shows it (else null).
 */
public record ReplOutcome(ScenarioResult.Status status, List<String> trace, String shown) {
    public ReplOutcome {
        trace = List.copyOf(trace);
    }
}
