package org.cscript.lcov;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Line (and function) coverage of a set of source files, written as an LCOV tracefile: per file
 * {@code SF:}, {@code FN:}/{@code FNDA:} per function, {@code FNF:}/{@code FNH:}, {@code DA:line,count}
 * per instrumented line, {@code LF:}/{@code LH:}, {@code end_of_record}. Files in path order,
 * lines in line order, functions by line then name: the text is the same for the same counts.
 */
public final class LcovReport {
    private record FunctionKey(int line, String name) implements Comparable<FunctionKey> {
        @Override
        public int compareTo(FunctionKey o) {
            return line != o.line ? Integer.compare(line, o.line) : name.compareTo(o.name);
        }
    }

    private static final class FileCoverage {
        final SortedMap<Integer, Long> lines = new TreeMap<>();
        final SortedMap<FunctionKey, Long> functions = new TreeMap<>();
        /** Per line: branches in all, branches taken. */
        final SortedMap<Integer, int[]> branches = new TreeMap<>();
    }

    private final String testName;
    private final SortedMap<String, FileCoverage> files = new TreeMap<>();

    /** @param testName the {@code TN:} of the tracefile (letters, digits and '_' only, as geninfo writes it) */
    public LcovReport(String testName) {
        this.testName = testName;
    }

    /** Adds {@code count} executions of line {@code line} of {@code file} (0: instrumented, not run). */
    public LcovReport line(String file, int line, long count) {
        files.computeIfAbsent(file, f -> new FileCoverage()).lines.merge(line, count, Long::sum);
        return this;
    }

    /** Adds {@code count} entries of the function {@code name} that starts at {@code line} of {@code file}. */
    public LcovReport function(String file, String name, int line, long count) {
        files.computeIfAbsent(file, f -> new FileCoverage()).functions.merge(new FunctionKey(line, name), count, Long::sum);
        return this;
    }

    /**
     * Records that line {@code line} of {@code file} has {@code total} branches of which
     * {@code taken} were taken (JaCoCo knows how many, not which: the first {@code taken} are written as taken).
     */
    public LcovReport branches(String file, int line, int total, int taken) {
        files.computeIfAbsent(file, f -> new FileCoverage()).branches.put(line, new int[] {total, taken});
        return this;
    }

    /** The files, in order. */
    public Iterable<String> files() {
        return files.keySet();
    }

    /** The counts of {@code file}'s lines (empty for an unknown file). */
    public SortedMap<Integer, Long> lines(String file) {
        FileCoverage coverage = files.get(file);
        return coverage == null ? new TreeMap<>() : new TreeMap<>(coverage.lines);
    }

    /** Lines instrumented and lines hit, over all files. */
    public long[] totals() {
        long found = 0;
        long hit = 0;
        for (FileCoverage coverage : files.values()) {
            found += coverage.lines.size();
            hit += coverage.lines.values().stream().filter(c -> c > 0).count();
        }
        return new long[] {found, hit};
    }

    public void write(Appendable out) throws IOException {
        for (Map.Entry<String, FileCoverage> entry : files.entrySet()) {
            FileCoverage coverage = entry.getValue();
            out.append("TN:").append(testName).append('\n');
            out.append("SF:").append(entry.getKey()).append('\n');
            for (FunctionKey f : coverage.functions.keySet()) {
                out.append("FN:").append(Integer.toString(f.line())).append(',').append(f.name()).append('\n');
            }
            long functionsHit = 0;
            for (Map.Entry<FunctionKey, Long> f : coverage.functions.entrySet()) {
                out.append("FNDA:").append(Long.toString(f.getValue())).append(',').append(f.getKey().name()).append('\n');
                functionsHit += f.getValue() > 0 ? 1 : 0;
            }
            out.append("FNF:").append(Integer.toString(coverage.functions.size())).append('\n');
            out.append("FNH:").append(Long.toString(functionsHit)).append('\n');
            long branchesTaken = 0;
            long branchesFound = 0;
            for (Map.Entry<Integer, int[]> b : coverage.branches.entrySet()) {
                int[] counts = b.getValue();
                for (int i = 0; i < counts[0]; i++) {
                    out.append("BRDA:").append(Integer.toString(b.getKey())).append(",0,").append(Integer.toString(i))
                            .append(',').append(i < counts[1] ? "1" : "0").append('\n');
                }
                branchesFound += counts[0];
                branchesTaken += counts[1];
            }
            if (!coverage.branches.isEmpty()) {
                out.append("BRF:").append(Long.toString(branchesFound)).append('\n');
                out.append("BRH:").append(Long.toString(branchesTaken)).append('\n');
            }
            long linesHit = 0;
            for (Map.Entry<Integer, Long> line : coverage.lines.entrySet()) {
                out.append("DA:").append(Integer.toString(line.getKey())).append(',').append(Long.toString(line.getValue()))
                        .append('\n');
                linesHit += line.getValue() > 0 ? 1 : 0;
            }
            out.append("LF:").append(Integer.toString(coverage.lines.size())).append('\n');
            out.append("LH:").append(Long.toString(linesHit)).append('\n');
            out.append("end_of_record\n");
        }
    }
}
