package org.cscript.kernel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing step list to a small one that still fails the same way: remove chunks of
 * steps (halves, quarters ... single steps, delta-debugging style), then move each step's
 * picks towards 0, and repeat until nothing shrinks or the budget of re-runs is spent.
 */
final class Shrinker {
    private final Predicate<List<Step>> stillFails;
    private int budget;

    private Shrinker(Predicate<List<Step>> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    static List<Step> shrink(List<Step> failing, Predicate<List<Step>> stillFails, int budget) {
        return new Shrinker(stillFails, budget).run(failing);
    }

    private boolean fails(List<Step> candidate) {
        return budget-- > 0 && stillFails.test(candidate);
    }

    private List<Step> run(List<Step> failing) {
        List<Step> best = failing;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            for (int chunk = Math.max(1, best.size() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
                int i = 0;
                while (i + chunk <= best.size() && best.size() > 1) {
                    List<Step> candidate = new ArrayList<>(best.subList(0, i));
                    candidate.addAll(best.subList(i + chunk, best.size()));
                    if (!candidate.isEmpty() && fails(candidate)) {
                        best = candidate;
                        progress = true;
                    } else {
                        i += chunk;
                    }
                }
            }
            for (int i = 0; i < best.size(); i++) {
                for (Step simpler : simpler(best.get(i))) {
                    List<Step> candidate = new ArrayList<>(best);
                    candidate.set(i, simpler);
                    if (fails(candidate)) {
                        best = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** The step with one pick moved towards 0 (to 0, halved, less one), simplest first. */
    private static List<Step> simpler(Step s) {
        List<Step> out = new ArrayList<>();
        int[] picks = {s.a(), s.b(), s.c()};
        for (int which = 0; which < 3; which++) {
            int v = picks[which];
            for (int smaller : new int[] {0, v / 2, v - 1}) {
                if (smaller >= 0 && smaller < v) {
                    int[] p = picks.clone();
                    p[which] = smaller;
                    Step candidate = s.with(p[0], p[1], p[2]);
                    if (!out.contains(candidate)) {
                        out.add(candidate);
                    }
                }
            }
        }
        return out;
    }
}
