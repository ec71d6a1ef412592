package org.cscript.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the session has done since its last start or :reset: the inputs that ran without error
 * (for :save) and every trace line (for :trace and :diff). A failed input is left out of the
 * saved script, but its records stay in the trace, so a save after an error says so.
 */
final class SessionLog {
    private final List<String> accepted = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();
    private boolean failedInputTraced;

    void record(String input, boolean ok, List<String> lines) {
        if (ok) {
            accepted.add(input);
        } else if (!lines.isEmpty()) {
            failedInputTraced = true;
        }
        trace.addAll(lines);
    }

    /** Drops the last accepted input (a :set before boot: the saved script has it as a config line). */
    void forgetLastInput() {
        accepted.removeLast();
    }

    /** A config value as a string literal (any text a knob takes). */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    void clear() {
        accepted.clear();
        trace.clear();
        failedInputTraced = false;
    }

    List<String> trace() {
        return List.copyOf(trace);
    }

    /** The last {@code n} trace lines (all of them if there are fewer). */
    List<String> lastTrace(int n) {
        return List.copyOf(trace.subList(Math.max(0, trace.size() - n), trace.size()));
    }

    /** Whether a failed input emitted records: then a saved script's trace differs from this one. */
    boolean failedInputTraced() {
        return failedInputTraced;
    }

    /**
     * A runnable scenario: the profile and knobs the kernel was made with as config lines (they
     * apply before the first statement, as --profile and --set do), then the accepted inputs.
     */
    String script(String profile, Map<String, String> settings) {
        StringBuilder out = new StringBuilder("# saved by cscript repl\n");
        if (profile != null) {
            out.append("config profile = ").append(quote(profile)).append('\n');
        }
        settings.forEach((key, value) -> out.append("config ").append(key).append(" = ").append(quote(value)).append('\n'));
        accepted.forEach(input -> out.append(input).append('\n'));
        return out.toString();
    }
}
