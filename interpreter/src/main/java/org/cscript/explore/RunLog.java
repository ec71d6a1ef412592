package org.cscript.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run of the scenario did under one schedule: its steps, checks, final state and error (the report reads its fields). */
public final class RunLog {
    /** An assertion's result in this run. */
    record Check(String text, boolean held) {
    }

    /** An {@code outcome} statement's value in this run. */
    record Expectation(String quantifier, String text, boolean value) {
    }

    final List<Step> steps = new ArrayList<>();
    /** By source position ("line:col"), in the order first reached. */
    final Map<String, Check> assertions = new LinkedHashMap<>();
    final Map<String, Expectation> outcomes = new LinkedHashMap<>();
    boolean cutShort;
    public String finalState;
    List<String> outsideRecords = List.of();
    /** The whole trace as written, stamps and all. */
    public List<String> trace = List.of();
    /** The run's error message (located), or null when it completed. */
    public String error;

    /** The schedule as the branch names in the order their steps ran, block runs separated by " | ". */
    public String schedule() {
        StringBuilder out = new StringBuilder();
        int block = -1;
        for (Step s : steps) {
            if (block >= 0) {
                out.append(s.block() == block ? " " : " | ");
            }
            block = s.block();
            out.append(s.branch());
        }
        return out.toString();
    }

    /**
     * Each block statement's schedule clause text, by its position ("line:col"), for the blocks
     * that ran once in this run; a block that ran more than once (in a loop) maps to null.
     */
    public Map<String, String> schedulesByBlock() {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> runOf = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (Step s : steps) {
            Integer first = runOf.putIfAbsent(s.blockAt(), s.block());
            if (first != null && first != s.block()) {
                repeated.add(s.blockAt());
            }
            out.merge(s.blockAt(), s.branch(), (a, b) -> a + " " + b);
        }
        repeated.forEach(at -> out.put(at, null));
        return out;
    }

    /**
     * The outcome's identity: the final state, and each branch's records in its own order (the
     * order of two branches' records is the schedule, not the outcome).
     */
    String outcomeKey() {
        StringBuilder out = new StringBuilder(finalState == null ? "" : finalState);
        Map<String, List<String>> byBranch = new java.util.TreeMap<>();
        for (Step s : steps) {
            byBranch.computeIfAbsent(s.block() + ":" + s.branch(), k -> new ArrayList<>()).addAll(s.records());
        }
        byBranch.forEach((branch, records) -> {
            out.append("\n== ").append(branch).append('\n');
            records.forEach(r -> out.append(r).append('\n'));
        });
        out.append("\n== outside the branches\n");
        outsideRecords.forEach(r -> out.append(r).append('\n'));
        out.append("\n== error\n").append(error == null ? "" : error);
        return out.toString();
    }
}
