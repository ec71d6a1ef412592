package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.ArrayList;
import java.util.List;
import org.cscript.kernel.Task;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ExplorationCut;
import org.cscript.runtime.ExploreDriver;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.TaskHandle;

/**
 * {@code concurrently [schedule "a b a"] { as a { ... } as b { ... } }} (docs/explore.md): the
 * branches' statements run interleaved, each statement one atomic step, acting as the branch's
 * task. {@code cscript run} takes them round-robin (the first step of each branch in order, then
 * the second ...), a {@code schedule} clause names the order, and {@code cscript explore} runs
 * every order that can differ.
 */
@NodeInfo(shortName = "concurrently")
public final class ConcurrentlyNode extends CsStatementNode {
    @Children private final BranchNode[] branches;
    /** The order a schedule clause names (branch indexes), or null. */
    private final int[] pinned;

    public ConcurrentlyNode(BranchNode[] branches, int[] pinned) {
        this.branches = branches;
        this.pinned = pinned;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Task[] actors = new Task[branches.length];
        for (int i = 0; i < branches.length; i++) {
            Object value = branches[i].task.executeGeneric(frame);
            if (!(value instanceof TaskHandle handle)) {
                CompilerDirectives.transferToInterpreter();
                throw CsError.expected(branches[i].task, "as", "a task", value);
            }
            actors[i] = handle.task();
        }
        CscriptContext context = CscriptContext.get(this);
        ExploreDriver explore = pinned == null ? context.explore() : null;
        int block = explore == null ? -1 : explore.blockStarted(at());
        int[] done = new int[branches.length];
        int last = -1;
        for (int taken = 0; ; taken++) {
            int next = next(done, last, taken, explore, block);
            if (next < 0) {
                return;
            }
            runStep(frame, context.session(), actors, next, done[next], explore, block);
            done[next]++;
            last = next;
        }
    }

    /** The branch whose step runs next, -1 when all are done (or an explored run stops here). */
    private int next(int[] done, int last, int taken, ExploreDriver explore, int block) {
        if (pinned != null) {
            if (taken < pinned.length) {
                int b = pinned[taken];
                if (done[b] == branches[b].steps.length) {
                    throw error("the schedule names " + branches[b].name + " at step " + (taken + 1)
                            + ", but that branch has no step left");
                }
                return b;
            }
            if (!allDone(done)) {
                throw error("the schedule ends after " + pinned.length + " steps, but " + remaining(done)
                        + " remain");
            }
            return -1;
        }
        if (explore != null) {
            List<String> enabled = enabled(done);
            if (enabled.isEmpty()) {
                return -1;
            }
            int i = explore.choose(block, enabled);
            if (i < 0) {
                throw new ExplorationCut();
            }
            return indexOf(enabled.get(i));
        }
        for (int k = 1; k <= branches.length; k++) {   // round-robin from the branch after the last
            int b = (last + k) % branches.length;
            if (done[b] < branches[b].steps.length) {
                return b;
            }
        }
        return -1;
    }

    private void runStep(VirtualFrame frame, KernelSession session, Task[] actors, int b, int index,
            ExploreDriver explore, int block) {
        Task previous = session.swapActor(actors[b]);
        if (explore != null) {
            explore.beforeStep();
        }
        try {
            branches[b].runStep(frame, index);
        } finally {
            session.swapActor(previous);
            if (explore != null) {
                explore.afterStep(block, branches[b].name, index, actors[b]);
            }
        }
    }

    private boolean allDone(int[] done) {
        for (int b = 0; b < branches.length; b++) {
            if (done[b] < branches[b].steps.length) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    private List<String> enabled(int[] done) {
        List<String> names = new ArrayList<>();
        for (int b = 0; b < branches.length; b++) {
            if (done[b] < branches[b].steps.length) {
                names.add(branches[b].name);
            }
        }
        return names;
    }

    @TruffleBoundary
    private String remaining(int[] done) {
        List<String> left = new ArrayList<>();
        for (int b = 0; b < branches.length; b++) {
            int n = branches[b].steps.length - done[b];
            if (n > 0) {
                left.add(n + " of " + branches[b].name);
            }
        }
        return String.join(", ", left);
    }

    private int indexOf(String name) {
        for (int b = 0; b < branches.length; b++) {
            if (branches[b].name.equals(name)) {
                return b;
            }
        }
        throw new IllegalStateException("the exploration chose " + name + ", which is no branch here");
    }

    @TruffleBoundary
    private String at() {
        var s = getSourceSection();
        return s == null ? "?" : s.getStartLine() + ":" + s.getStartColumn();
    }

    @TruffleBoundary
    private CsError error(String message) {
        return new CsError("concurrently: " + message, this);
    }
}
