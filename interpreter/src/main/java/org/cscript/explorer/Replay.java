package org.cscript.explorer;

import java.util.Map;

/**
 * A scenario's source with its explored concurrently blocks pinned to one schedule: after each
 * block's {@code concurrently} keyword, a {@code schedule "..."} clause with the branch order a
 * run took, so that {@code cscript run} replays exactly that run.
 */
final class Replay {
    private Replay() {
    }

    /** {@code schedules}: by the block statement's "line:col", its order (null for a block that ran more than once). */
    static String pinned(String source, Map<String, String> schedules) {
        String[] lines = source.split("\n", -1);
        for (var e : schedules.entrySet()) {
            String[] at = e.getKey().split(":");
            int line = Integer.parseInt(at[0]) - 1;
            int col = Integer.parseInt(at[1]) - 1 + "concurrently".length();
            if (e.getValue() == null || line >= lines.length || col > lines[line].length()) {
                continue;   // a block that ran several times cannot be pinned by one clause
            }
            lines[line] = lines[line].substring(0, col) + " schedule \"" + e.getValue() + "\"" + lines[line].substring(col);
        }
        String text = String.join("\n", lines);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
