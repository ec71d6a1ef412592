package org.cscript.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The search on programs made of footprints alone (no kernel): with sleep sets it completes
 * exactly one run per class of schedules equivalent by exchanging adjacent independent steps,
 * the runs' counts sum to the number of interleavings, and without reduction it runs each
 * interleaving once. The classes are computed here independently, by closing each interleaving
 * under swaps.
 */
class SleepSetSearchTest {

    /** A branch is a list of footprints; each step's footprint is fixed, whatever the order. */
    private record Program(List<List<Footprint>> branches) {
        String name(int b) {
            return "b" + b;
        }
    }

    private static Footprint fp(String reads, String writes) {
        return new Footprint(keys(reads), keys(writes));
    }

    private static TreeSet<String> keys(String text) {
        TreeSet<String> out = new TreeSet<>();
        for (String k : text.split(" ")) {
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** Runs the search to the end; the final state of a run is its schedule (every order is its own outcome). */
    private static Tally search(Program p, boolean reduce) {
        Tally tally = new Tally();
        Exploration e = new Exploration(reduce, tally);
        do {
            e.startRun();
            int[] at = new int[p.branches().size()];
            StringBuilder order = new StringBuilder();
            boolean cut = false;
            while (true) {
                List<String> enabled = new ArrayList<>();
                for (int b = 0; b < at.length; b++) {
                    if (at[b] < p.branches().get(b).size()) {
                        enabled.add(p.name(b));
                    }
                }
                if (enabled.isEmpty()) {
                    break;
                }
                BranchChoice c = e.choose(0, enabled);
                if (c.pruned()) {
                    e.cutShort();
                    cut = true;
                    break;
                }
                int b = Integer.parseInt(c.branch().substring(1));
                e.stepDone(new Step(0, "1:1", c.branch(), at[b], p.branches().get(b).get(at[b]), List.of()));
                at[b]++;
                order.append(b);
            }
            if (!cut) {
                e.finalState(order.toString(), List.of(), List.of());
            }
            e.finishRun(null);
        } while (e.nextRun());
        return tally;
    }

    /** Every interleaving, as strings of branch digits. */
    private static List<String> interleavings(Program p) {
        List<String> out = new ArrayList<>();
        extend(p, new int[p.branches().size()], "", out);
        return out;
    }

    private static void extend(Program p, int[] at, String prefix, List<String> out) {
        boolean any = false;
        for (int b = 0; b < at.length; b++) {
            if (at[b] < p.branches().get(b).size()) {
                any = true;
                at[b]++;
                extend(p, at, prefix + b, out);
                at[b]--;
            }
        }
        if (!any) {
            out.add(prefix);
        }
    }

    /** Classes of interleavings equal up to swapping adjacent independent steps of different branches. */
    private static int classes(Program p) {
        Set<String> seen = new HashSet<>();
        int classes = 0;
        for (String s : interleavings(p)) {
            if (seen.contains(s)) {
                continue;
            }
            classes++;
            Deque<String> todo = new ArrayDeque<>(List.of(s));
            seen.add(s);
            while (!todo.isEmpty()) {
                String x = todo.pop();
                for (int i = 0; i + 1 < x.length(); i++) {
                    if (x.charAt(i) != x.charAt(i + 1) && independentAt(p, x, i)) {
                        String y = x.substring(0, i) + x.charAt(i + 1) + x.charAt(i) + x.substring(i + 2);
                        if (seen.add(y)) {
                            todo.push(y);
                        }
                    }
                }
            }
        }
        return classes;
    }

    private static boolean independentAt(Program p, String order, int i) {
        int b1 = order.charAt(i) - '0';
        int b2 = order.charAt(i + 1) - '0';
        int k1 = count(order, i, b1);
        int k2 = count(order, i + 1, b2);
        return p.branches().get(b1).get(k1).independentOf(p.branches().get(b2).get(k2));
    }

    private static int count(String order, int upTo, int b) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (order.charAt(i) - '0' == b) {
                n++;
            }
        }
        return n;
    }

    private static void checkAgainstBruteForce(Program p) {
        int raw = interleavings(p).size();
        Tally reduced = search(p, true);
        assertEquals(classes(p), reduced.completeRuns, "one complete run per class: " + p);
        assertEquals(BigInteger.valueOf(raw), reduced.schedules, "the runs stand for every interleaving: " + p);
        Tally brute = search(p, false);
        assertEquals(raw, brute.completeRuns, "without reduction every interleaving runs once: " + p);
        assertEquals(raw, brute.outcomes.size());
    }

    @Test
    void independentBranchesRunOnce() {
        Program p = new Program(List.of(List.of(fp("a", "a"), fp("a", "a")), List.of(fp("b", "b"), fp("b", "b"))));
        assertEquals(1, search(p, true).completeRuns);
        checkAgainstBruteForce(p);
    }

    @Test
    void branchesWritingOneObjectRunEveryOrder() {
        Program p = new Program(List.of(List.of(fp("", "x"), fp("", "x")), List.of(fp("", "x"), fp("", "x"))));
        assertEquals(6, search(p, true).completeRuns);
        checkAgainstBruteForce(p);
    }

    @Test
    void twoReadersOfOneObjectAreIndependent() {
        Program p = new Program(List.of(List.of(fp("x", "a")), List.of(fp("x", "b")), List.of(fp("", "x"))));
        checkAgainstBruteForce(p);
        assertEquals(4, search(p, true).completeRuns, "the writer before both, between them (2), after both");
    }

    @Test
    void randomProgramsAgreeWithTheBruteForce() {
        Random random = new Random(20261201);
        List<String> objects = List.of("x", "y", "z", "w");
        for (int trial = 0; trial < 60; trial++) {
            List<List<Footprint>> branches = new ArrayList<>();
            int n = 2 + random.nextInt(2);
            for (int b = 0; b < n; b++) {
                List<Footprint> steps = new ArrayList<>();
                int len = 1 + random.nextInt(n == 2 ? 4 : 3);
                for (int s = 0; s < len; s++) {
                    List<String> shuffled = new ArrayList<>(objects);
                    Collections.shuffle(shuffled, random);
                    steps.add(fp(random.nextBoolean() ? shuffled.get(0) : "", random.nextInt(3) == 0 ? shuffled.get(1) : ""));
                }
                branches.add(steps);
            }
            checkAgainstBruteForce(new Program(branches));
        }
    }

    @Test
    void theCountOfARunIsTheNumberOfItsEquivalentOrders() {
        // b0: w(x) r(y); b1: w(y): b1 before or after b0's second step, b0's first step free of it
        Program p = new Program(List.of(List.of(fp("", "x"), fp("y", "")), List.of(fp("", "y"))));
        Tally t = search(p, true);
        assertEquals(2, t.completeRuns);
        assertEquals(BigInteger.valueOf(3), t.schedules);
        assertTrue(t.outcomes.values().stream().anyMatch(o -> o.schedules.equals(BigInteger.TWO)));
    }
}
