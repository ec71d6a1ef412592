package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cscript.explore.BranchChoice;
import org.cscript.explore.Exploration;
import org.cscript.explore.Footprint;
import org.cscript.explore.Step;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.StateLines;
import org.cscript.kernel.Task;

/**
 * The language side of {@code cscript explore} in one run: asks the exploration which branch
 * runs next, and measures each step's footprint (the state keys it changed, the objects it
 * reached: its task, its task arguments, what its descriptors name, what its records name) and
 * its records. Only explored runs have one; a plain run orders its blocks itself.
 */
public final class ExploreDriver {
    private static final Pattern STAMP = Pattern.compile("msg=audit\\(\\d+\\.\\d{3}:\\d+\\)");

    private final Exploration exploration;
    private final KernelSession session;
    private int blockRuns;
    /** "line:col" of each block run's statement, by block run. */
    private final List<String> blockAt = new ArrayList<>();
    private SortedMap<String, String> before;
    private int traceBefore;
    private final TreeSet<String> reached = new TreeSet<>();
    private final List<Task> tasksRead = new ArrayList<>();
    /** Trace lines written by steps, by index: the others were written outside the branches. */
    private final TreeSet<Integer> stepLines = new TreeSet<>();

    ExploreDriver(Exploration exploration, KernelSession session) {
        this.exploration = exploration;
        this.session = session;
    }

    /** A concurrently block at {@code at} ("line:col") starts: its number among the block runs of this run. */
    @TruffleBoundary
    public int blockStarted(String at) {
        blockAt.add(at);
        return blockRuns++;
    }

    /** The index in {@code enabled} of the branch to run next, or -1: the run stops here (an explored order). */
    @TruffleBoundary
    public int choose(int block, List<String> enabled) {
        BranchChoice c = exploration.choose(block, enabled);
        if (c.pruned()) {
            exploration.cutShort();
            return -1;
        }
        return c.indexIn(enabled);
    }

    @TruffleBoundary
    public void beforeStep() {
        Kernel k = session.kernel();
        before = StateLines.describe(k);
        traceBefore = k.hostTrace().size();
        reached.clear();
        tasksRead.clear();
        k.recordAccesses(reached::add);
        TaskReads.record(tasksRead::add);
    }

    /** After the step (also when it failed): its footprint and records go to the exploration. */
    @TruffleBoundary
    public void afterStep(int block, String branch, int index, Task subject) {
        Kernel k = session.kernel();
        TaskReads.stop();
        k.stopRecordingAccesses();
        SortedMap<String, String> after = StateLines.describe(k);
        TreeSet<String> writes = new TreeSet<>();
        for (var e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                writes.add(e.getKey());
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                writes.add(key);
            }
        }
        List<String> lines = k.hostTrace();
        List<String> written = new ArrayList<>(lines.subList(traceBefore, lines.size()));
        for (int i = traceBefore; i < lines.size(); i++) {
            stepLines.add(i);
        }
        TreeSet<String> reads = new TreeSet<>(reached);
        reads.addAll(StateLines.closureOfTask(k, subject));
        for (Task t : tasksRead) {
            reads.addAll(StateLines.closureOfTask(k, t));
        }
        reads.addAll(StateLines.keysMentionedIn(k, written));
        reads.add("rules");
        reads.add("knobs");
        exploration.stepDone(new Step(block, blockAt.get(block), branch, index, new Footprint(reads, writes), unstamped(written)));
    }

    /** An assert statement's result. */
    @TruffleBoundary
    public void assertion(String where, String text, boolean held) {
        exploration.assertion(where, text, held);
    }

    /** An outcome statement's value. */
    @TruffleBoundary
    public void outcome(String where, String quantifier, String text, boolean value) {
        exploration.outcome(where, quantifier, text, value);
    }

    /** The end of the run: the final state and the records written outside the branches go to the exploration. */
    @TruffleBoundary
    public void finish() {
        Kernel k = session.bootedKernel();
        if (k == null) {
            exploration.finalState("", List.of(), List.of());
            return;
        }
        StringBuilder state = new StringBuilder();
        StateLines.describe(k).forEach((key, line) -> state.append(key).append(' ').append(line).append('\n'));
        List<String> lines = k.hostTrace();
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!stepLines.contains(i)) {
                outside.add(lines.get(i));
            }
        }
        exploration.finalState(state.toString(), unstamped(outside), lines);
    }

    private static List<String> unstamped(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(STAMP.matcher(line).replaceFirst("msg=audit(...)"));
        }
        return out;
    }
}
