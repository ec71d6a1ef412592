package org.cscript.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * Line diff in unified format, for showing how a trace differs from its golden file.
 * Uses a longest-common-subsequence table: traces are at most a few thousand lines.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** Returns "" when the two line lists are equal, else a unified diff with headers. */
    public static String diff(String expectedName, List<String> expected, String actualName, List<String> actual) {
        List<Edit> edits = edits(expected, actual);
        if (edits.stream().allMatch(e -> e.kind == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = hunkEnd(edits, i);
            appendHunk(out, edits, start, end);
            i = end;
        }
        return out.toString();
    }

    /** The hunk ends CONTEXT unchanged lines after the last change that is not followed by a long equal run. */
    private static int hunkEnd(List<Edit> edits, int firstChange) {
        int end = firstChange;
        int equalRun = 0;
        for (int j = firstChange; j < edits.size(); j++) {
            if (edits.get(j).kind == ' ') {
                equalRun++;
                if (equalRun > 2 * CONTEXT) {
                    break;
                }
            } else {
                equalRun = 0;
                end = j;
            }
        }
        return Math.min(edits.size(), end + 1 + CONTEXT);
    }

    private static void appendHunk(StringBuilder out, List<Edit> edits, int start, int end) {
        int oldStart = edits.get(start).oldLine;
        int newStart = edits.get(start).newLine;
        int oldCount = 0;
        int newCount = 0;
        for (int j = start; j < end; j++) {
            char k = edits.get(j).kind;
            if (k != '+') {
                oldCount++;
            }
            if (k != '-') {
                newCount++;
            }
        }
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount)).append(" @@\n");
        for (int j = start; j < end; j++) {
            out.append(edits.get(j).kind).append(edits.get(j).text).append('\n');
        }
    }

    private static String range(int firstLine, int count) {
        return (count == 0 ? firstLine - 1 : firstLine) + "," + count;
    }

    private record Edit(char kind, String text, int oldLine, int newLine) {
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Deletions before insertions, as diff -u prints them.
                edits.add(new Edit('-', a.get(i), i + 1, j + 1));
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            }
        }
        return edits;
    }
}
