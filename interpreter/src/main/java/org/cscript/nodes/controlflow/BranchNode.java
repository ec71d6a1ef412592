package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;

/**
 * One branch of a concurrently block: {@code as TASK { s1; s2 ... }}. Each statement directly
 * in the block is one step of the branch, run whole when the schedule picks the branch.
 */
@NodeInfo(shortName = "branch")
public final class BranchNode extends Node {
    public final String name;
    @Child CsExpressionNode task;
    @Children final CsStatementNode[] steps;

    public BranchNode(String name, CsExpressionNode task, CsStatementNode[] steps) {
        this.name = name;
        this.task = task;
        this.steps = steps;
    }

    public int stepCount() {
        return steps.length;
    }

    /** Runs step {@code index} (the DSL-free way to index a @Children array). */
    @ExplodeLoop
    void runStep(VirtualFrame frame, int index) {
        for (int i = 0; i < steps.length; i++) {
            if (i == index) {
                steps[i].executeVoid(frame);
                return;
            }
        }
    }
}
