package org.cscript.text;

import java.util.Collection;

/** "Did you mean ...?" for misspelt names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * Returns {@code "; did you mean 'x'?"} for the closest candidate within about a third of
     * the name's length in edits, or "" when nothing is that close. Ties go to the candidate
     * that comes first, so callers should pass candidates in a stable order.
     */
    public static String didYouMean(String name, Collection<String> candidates) {
        String best = null;
        int limit = Math.min(Math.max(1, (name.length() + 2) / 3), name.length() - 1);
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int d = distance(name, candidate);
            if (d < bestDistance && !candidate.equals(name)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
