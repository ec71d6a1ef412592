package org.cscript.golden;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What happened to one scenario.
 *
 * @param change   what an update did to its golden
 * @param detail   why it failed (a diff, the diagnostics), or why it was skipped; "" otherwise
 * @param trace    the trace the run printed (also when it failed)
 * @param internal whether the failure is a bug in cscript (exit 70)
 */
public record ScenarioOutcome(Path script, Verdict verdict, Change change, Duration time, String detail,
        List<String> trace, boolean internal) {

    /** What {@code --update} did to the scenario's golden. */
    public enum Change {
        NONE, CREATED, UPDATED;

        /** "created", "updated", or "" for none. */
        public String word() {
            return this == NONE ? "" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ScenarioOutcome {
        trace = List.copyOf(trace);
    }

    /** The same outcome with another verdict (known failures turn FAIL into XFAIL, PASS into XPASS). */
    public ScenarioOutcome withVerdict(Verdict other, String why) {
        return new ScenarioOutcome(script, other, change, time, why == null ? detail : why, trace, internal);
    }
}
