package org.cscript.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A depth-first search over the schedules of a scenario's concurrently blocks, one run of the
 * whole scenario per schedule on a fresh kernel (a stateless model checker), reduced with sleep
 * sets (Godefroid): after the subtree of step t at a decision point is explored, t sleeps in
 * its siblings' subtrees until a step dependent on it runs, so of two orders that differ only by
 * exchanging independent steps one is run. Each run replays the choices of the stack's prefix
 * and then takes the first branch awake; a run whose every enabled branch sleeps is cut short
 * (it would repeat an explored order). Without reduction every interleaving is run.
 */
public final class Exploration {
    /** One decision point on the current path. */
    private static final class Decision {
        final List<String> enabled;
        /** Branches asleep here, with the footprint their next step had when it was explored. */
        final Map<String, Footprint> sleep;
        /** Branches whose subtree here is explored, with their step's footprint. */
        final Map<String, Footprint> done = new LinkedHashMap<>();
        /** Every branch chosen here so far (a step that failed has no footprint to put in done). */
        final Set<String> tried = new HashSet<>();
        String chosen;
        Footprint chosenFootprint;

        Decision(List<String> enabled, Map<String, Footprint> sleep, String chosen) {
            this.enabled = List.copyOf(enabled);
            this.sleep = sleep;
            this.chosen = chosen;
            tried.add(chosen);
        }
    }

    private final boolean reduce;
    private final List<Decision> path = new ArrayList<>();
    private final Tally tally;
    private int depth;
    /** The sleep set the next new decision point starts with. */
    private Map<String, Footprint> pendingSleep = new LinkedHashMap<>();
    private RunLog run;
    private long runs;
    private long pruned;

    public Exploration(boolean reduce, Tally tally) {
        this.reduce = reduce;
        this.tally = tally;
    }

    /** Called by the host before each run of the scenario. */
    public void startRun() {
        depth = 0;
        pendingSleep = new LinkedHashMap<>();
        run = new RunLog();
        runs++;
    }

    /**
     * The branch to run at the next decision point of block run {@code block}, among the
     * {@code enabled} branches (in the block's order).
     */
    public BranchChoice choose(int block, List<String> enabled) {
        List<String> keys = new ArrayList<>(enabled.size());
        for (String name : enabled) {
            keys.add(block + ":" + name);
        }
        if (depth < path.size()) {
            Decision d = path.get(depth);
            if (!d.enabled.equals(keys)) {
                throw new NondeterministicScenarioException("decision " + (depth + 1) + " offered " + keys
                        + " on a replay, " + d.enabled + " before");
            }
            return choice(d.chosen);
        }
        Map<String, Footprint> sleep = new LinkedHashMap<>(pendingSleep);
        sleep.keySet().retainAll(keys);
        for (String key : keys) {
            if (!sleep.containsKey(key)) {
                path.add(new Decision(keys, sleep, key));
                return choice(key);
            }
        }
        return BranchChoice.PRUNED;
    }

    private static BranchChoice choice(String key) {
        return new BranchChoice(key.substring(key.indexOf(':') + 1));
    }

    /** The step chosen at the current decision point has run. */
    public void stepDone(Step step) {
        Decision d = path.get(depth);
        d.chosenFootprint = step.footprint();
        Map<String, Footprint> next = new LinkedHashMap<>();
        if (reduce) {
            carryAwake(d.sleep, step.footprint(), next);
            carryAwake(d.done, step.footprint(), next);
        }
        pendingSleep = next;
        depth++;
        run.steps.add(step);
    }

    /** The steps that stay asleep after a step with footprint {@code ran}: those independent of it. */
    private static void carryAwake(Map<String, Footprint> from, Footprint ran, Map<String, Footprint> into) {
        from.forEach((key, footprint) -> {
            if (footprint.independentOf(ran)) {
                into.put(key, footprint);
            }
        });
    }

    /** An assertion at {@code where} held ({@code held}) or failed in this run. */
    public void assertion(String where, String text, boolean held) {
        run.assertions.put(where, new RunLog.Check(text, held));
    }

    /** An {@code outcome} statement at {@code where} evaluated to {@code value} in this run. */
    public void outcome(String where, String quantifier, String text, boolean value) {
        run.outcomes.put(where, new RunLog.Expectation(quantifier, text, value));
    }

    /** This run cannot add a new order: every enabled branch sleeps. */
    public void cutShort() {
        run.cutShort = true;
    }

    /** The run's final state (sorted lines), the records written outside the branches without stamps, and its trace. */
    public void finalState(String state, List<String> outsideRecords, List<String> trace) {
        run.finalState = state;
        run.outsideRecords = List.copyOf(outsideRecords);
        run.trace = List.copyOf(trace);
    }

    /** The end of a run, with its error (null when it completed). */
    public void finishRun(String error) {
        if (run.cutShort) {
            pruned++;
        } else {
            run.error = error;
            tally.add(run, reduce);
        }
    }

    /** Moves to the next unexplored schedule; false when every one is explored. */
    public boolean nextRun() {
        while (!path.isEmpty()) {
            Decision top = path.get(path.size() - 1);
            if (top.chosenFootprint != null) {
                top.done.put(top.chosen, top.chosenFootprint);
            }
            for (String key : top.enabled) {
                if (!top.tried.contains(key) && !top.sleep.containsKey(key)) {
                    top.chosen = key;
                    top.tried.add(key);
                    top.chosenFootprint = null;
                    return true;
                }
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Runs of the scenario so far, including the ones cut short. */
    public long runs() {
        return runs;
    }

    /** Runs cut short because every enabled branch slept. */
    public long cutShortRuns() {
        return pruned;
    }
}
