package org.cscript.suitecoverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.coverage.ProvenCheck;
import org.cscript.instrument.StatementCounts;

/**
 * What a suite's runs exercised, gathered as they finish (thread-safe: {@code -j} runs scenarios
 * in parallel): the errno checks each run's {@code expect}s proved, the record kinds each
 * builtin wrote, and, once the suite's engine closes, the statement counts of its instrument.
 */
public final class SuiteCoverage {
    private final List<ProvenCheck> proven = new ArrayList<>();
    /** Builtin ("" outside any call) to the record types its calls wrote. */
    private final SortedMap<String, TreeSet<String>> recordKinds = new TreeMap<>();
    private final SortedMap<String, SortedMap<Integer, Long>> lines = new TreeMap<>();
    private final SortedMap<String, Map<StatementCounts.Function, Long>> functions = new TreeMap<>();
    private int runs;

    /** One scenario's run: its proven checks and its "builtin, TYPE" pairs. */
    public synchronized void addRun(List<ProvenCheck> checks, String[][] kinds) {
        runs++;
        proven.addAll(checks);
        for (String[] pair : kinds) {
            if (pair.length == 2) {
                recordKinds.computeIfAbsent(pair[0], b -> new TreeSet<>()).add(pair[1]);
            }
        }
    }

    /** The statement counts of an engine's instrument, when the engine closes. */
    public synchronized void addStatements(StatementCounts counts) {
        counts.lines().forEach((file, byLine) -> byLine.forEach((line, count) ->
                lines.computeIfAbsent(file, f -> new TreeMap<>()).merge(line, count, Long::sum)));
        counts.functions().forEach((file, byFunction) -> byFunction.forEach((function, count) ->
                functions.computeIfAbsent(file, f -> new TreeMap<>((a, b) -> a.line() != b.line()
                        ? Integer.compare(a.line(), b.line()) : a.name().compareTo(b.name()))).merge(function, count, Long::sum)));
    }

    synchronized int runs() {
        return runs;
    }

    synchronized List<ProvenCheck> proven() {
        return List.copyOf(proven);
    }

    synchronized SortedMap<String, TreeSet<String>> recordKinds() {
        SortedMap<String, TreeSet<String>> copy = new TreeMap<>();
        recordKinds.forEach((builtin, types) -> copy.put(builtin, new TreeSet<>(types)));
        return copy;
    }

    synchronized SortedMap<String, SortedMap<Integer, Long>> lines() {
        return new TreeMap<>(lines);
    }

    synchronized SortedMap<String, Map<StatementCounts.Function, Long>> functions() {
        return new TreeMap<>(functions);
    }
}
