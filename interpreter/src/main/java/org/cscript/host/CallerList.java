package org.cscript.host;

import java.util.ArrayList;
import java.util.List;

/**
 * The "called from" lines under a runtime error, short however deep the recursion was: a call
 * repeated in a row is shown once with its count, and of a long list the first and last
 * {@value #KEPT} calls are kept around a line saying how many were left out.
 */
final class CallerList {
    static final int KEPT = 10;

    private CallerList() {
    }

    /** "\n  called from FILE:LINE:COL" per call site (innermost first), or "" for none. */
    static String format(List<String> callSites) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < callSites.size(); ) {
            int j = i;
            while (j < callSites.size() && callSites.get(j).equals(callSites.get(i))) {
                j++;
            }
            int repeats = j - i;
            lines.add("called from " + callSites.get(i) + (repeats > 1 ? " (" + repeats + " times in a row)" : ""));
            i = j;
        }
        if (lines.size() > 2 * KEPT + 1) {
            int left = lines.size() - 2 * KEPT;
            List<String> shortened = new ArrayList<>(lines.subList(0, KEPT));
            shortened.add("... " + left + " more calls ...");
            shortened.addAll(lines.subList(lines.size() - KEPT, lines.size()));
            lines = shortened;
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append("\n  ").append(l));
        return out.toString();
    }
}
