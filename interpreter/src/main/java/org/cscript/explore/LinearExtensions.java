package org.cscript.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many schedules a run stands for: the orders of its steps that keep every branch's own
 * order and the order of every two dependent steps of different branches (the run's
 * happens-before), counted per block run and multiplied. Those are exactly the schedules that
 * differ from the run only by exchanging adjacent independent steps, so summed over the runs of
 * a reduced exploration (one per class) they give the number of raw interleavings.
 */
final class LinearExtensions {
    /** Past this many position vectors the count is not attempted (null). */
    static final int MAX_STATES = 2_000_000;

    private LinearExtensions() {
    }

    /** The count for the run's steps, or null when a block run is too large to count. */
    static BigInteger of(List<Step> steps) {
        Map<Integer, List<Step>> byBlock = new LinkedHashMap<>();
        for (Step s : steps) {
            byBlock.computeIfAbsent(s.block(), b -> new ArrayList<>()).add(s);
        }
        BigInteger total = BigInteger.ONE;
        for (List<Step> block : byBlock.values()) {
            BigInteger n = ofBlock(block);
            if (n == null) {
                return null;
            }
            total = total.multiply(n);
        }
        return total;
    }

    private static BigInteger ofBlock(List<Step> order) {
        List<String> branches = new ArrayList<>();
        for (Step s : order) {
            if (!branches.contains(s.branch())) {
                branches.add(s.branch());
            }
        }
        int k = branches.size();
        // per branch, its steps in order; per step, the (branch, index) of the dependent steps before it
        List<List<int[]>> needs = new ArrayList<>();
        int[] lengths = new int[k];
        for (int i = 0; i < k; i++) {
            needs.add(new ArrayList<>());
        }
        long states = 1;
        for (int x = 0; x < order.size(); x++) {
            Step sx = order.get(x);
            int bx = branches.indexOf(sx.branch());
            int[] need = new int[k];   // how far each other branch must have run before this step
            for (int y = 0; y < x; y++) {
                Step sy = order.get(y);
                int by = branches.indexOf(sy.branch());
                if (by != bx && !sy.footprint().independentOf(sx.footprint())) {
                    need[by] = Math.max(need[by], positionIn(order, y, sy.branch()) + 1);
                }
            }
            needs.get(bx).add(need);
            lengths[bx]++;
        }
        for (int len : lengths) {
            states *= len + 1;
            if (states > MAX_STATES) {
                return null;
            }
        }
        return count(new int[k], lengths, needs, new HashMap<>());
    }

    /** The index of step {@code y} among its branch's steps. */
    private static int positionIn(List<Step> order, int y, String branch) {
        int n = 0;
        for (int i = 0; i < y; i++) {
            if (order.get(i).branch().equals(branch)) {
                n++;
            }
        }
        return n;
    }

    private static BigInteger count(int[] at, int[] lengths, List<List<int[]>> needs, Map<String, BigInteger> memo) {
        String key = java.util.Arrays.toString(at);
        BigInteger known = memo.get(key);
        if (known != null) {
            return known;
        }
        BigInteger ways = BigInteger.ZERO;
        boolean finished = true;
        for (int b = 0; b < at.length; b++) {
            if (at[b] == lengths[b]) {
                continue;
            }
            finished = false;
            int[] need = needs.get(b).get(at[b]);
            boolean ready = true;
            for (int o = 0; o < at.length && ready; o++) {
                ready = at[o] >= need[o];
            }
            if (ready) {
                at[b]++;
                ways = ways.add(count(at, lengths, needs, memo));
                at[b]--;
            }
        }
        BigInteger result = finished ? BigInteger.ONE : ways;
        memo.put(key, result);
        return result;
    }
}
