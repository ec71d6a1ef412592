package org.cscript.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A unified-style diff of the first lines where two byte streams differ: enough to see what
 * ausearch changed without a full diff algorithm (the comparison itself is byte for byte).
 */
final class FirstDifference {

    private static final int CONTEXT = 3;
    private static final int SHOWN = 5;

    private FirstDifference() {
    }

    /** The diff of {@code expected} against {@code actual}, or null if the bytes are identical. */
    static String of(byte[] expected, String expectedName, byte[] actual, String actualName) {
        if (Arrays.equals(expected, actual)) {
            return null;
        }
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder text = new StringBuilder("--- ").append(expectedName).append('\n')
                .append("+++ ").append(actualName).append('\n');
        if (first == want.size() && first == got.size()) {
            return text.append("(the lines are equal; the bytes differ in line endings or the final newline: expected ")
                    .append(expected.length).append(" bytes, got ").append(actual.length).append(")").toString();
        }
        int from = Math.max(0, first - CONTEXT);
        int wantEnd = Math.min(want.size(), first + SHOWN);
        int gotEnd = Math.min(got.size(), first + SHOWN);
        text.append("@@ -").append(from + 1).append(',').append(wantEnd - from)
                .append(" +").append(from + 1).append(',').append(gotEnd - from).append(" @@\n");
        for (int i = from; i < first; i++) {
            text.append(' ').append(want.get(i)).append('\n');
        }
        for (int i = first; i < wantEnd; i++) {
            text.append('-').append(want.get(i)).append('\n');
        }
        for (int i = first; i < gotEnd; i++) {
            text.append('+').append(got.get(i)).append('\n');
        }
        if (wantEnd < want.size() || gotEnd < got.size()) {
            text.append("(").append(want.size()).append(" expected lines, ").append(got.size())
                    .append(" actual lines; only the first difference is shown)\n");
        }
        return text.toString();
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
