package org.cscript.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * An alignment of two sequences as one list of steps, each a pair of indexes with -1 for "no
 * element on that side". The comparison aligns three kinds of things this way (events, the
 * records of two paired events, the fields of two paired records), so the walk over
 * java-diff-utils' deltas (Myers' algorithm) is written once.
 */
final class Steps {
    /** One step: {@code left} and {@code right} are indexes into the two sequences, -1 for none. */
    record Step(int left, int right) {
        boolean paired() {
            return left >= 0 && right >= 0;
        }
    }

    private Steps() {
    }

    /**
     * The steps that walk both sequences in order: elements the diff keeps in common are
     * paired; in a changed stretch the left side's elements come first, then the right side's.
     */
    static <T> List<Step> align(List<T> left, List<T> right, BiPredicate<T, T> same) {
        List<Step> steps = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (AbstractDelta<T> delta : DiffUtils.diff(left, right, same).getDeltas()) {
            int leftStart = delta.getSource().getPosition();
            int rightStart = delta.getTarget().getPosition();
            while (l < leftStart) {
                steps.add(new Step(l++, r++));
            }
            // r == rightStart here: the common stretch before a delta is as long on both sides
            for (int k = 0; k < delta.getSource().size(); k++) {
                steps.add(new Step(l++, -1));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                steps.add(new Step(-1, r++));
            }
            assert r == rightStart + delta.getTarget().size();
        }
        while (l < left.size()) {
            steps.add(new Step(l++, r++));
        }
        return steps;
    }
}
