package org.cscript.instrument;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each statement line and each function of the loaded scenario files ran, over every
 * context of one engine (a whole golden suite, its scenarios possibly in parallel: thread-safe).
 * A line or function that was loaded but never ran has the count 0. The service of
 * {@link StatementCoverageInstrument}; plain Java.
 */
public final class StatementCounts {
    /** A function (a {@code fn}, or a file's top level) and where it starts. */
    public record Function(String name, int line) {
    }

    private final Map<String, Map<Integer, LongAdder>> lines = new ConcurrentHashMap<>();
    private final Map<String, Map<Function, LongAdder>> functions = new ConcurrentHashMap<>();

    LongAdder line(String file, int line) {
        return lines.computeIfAbsent(file, f -> new ConcurrentHashMap<>()).computeIfAbsent(line, l -> new LongAdder());
    }

    LongAdder function(String file, String name, int line) {
        return functions.computeIfAbsent(file, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(new Function(name, line), l -> new LongAdder());
    }

    /** Per file (its path), per line that holds the start of a statement, how often such a statement ran. */
    public SortedMap<String, SortedMap<Integer, Long>> lines() {
        SortedMap<String, SortedMap<Integer, Long>> copy = new TreeMap<>();
        lines.forEach((file, byLine) -> {
            SortedMap<Integer, Long> counts = new TreeMap<>();
            byLine.forEach((line, count) -> counts.put(line, count.sum()));
            copy.put(file, counts);
        });
        return copy;
    }

    /** Per file, each function with how often it was entered. */
    public SortedMap<String, Map<Function, Long>> functions() {
        SortedMap<String, Map<Function, Long>> copy = new TreeMap<>();
        functions.forEach((file, byFunction) -> {
            Map<Function, Long> counts = new TreeMap<>((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : a.name().compareTo(b.name()));
            byFunction.forEach((function, count) -> counts.put(function, count.sum()));
            copy.put(file, counts);
        });
        return copy;
    }
}
