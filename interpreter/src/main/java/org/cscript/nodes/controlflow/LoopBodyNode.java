package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CscriptContext;

/** Runs one iteration's body; returns false when it ended with {@code break}. */
final class LoopBodyNode extends Node {
    @Child private CsStatementNode body;
    private final BranchProfile breakTaken = BranchProfile.create();
    private final BranchProfile continueTaken = BranchProfile.create();

    LoopBodyNode(CsStatementNode body) {
        this.body = body;
    }

    boolean execute(VirtualFrame frame) {
        CscriptContext.get(this).countStep(this);   // reported at the loop statement
        try {
            body.executeVoid(frame);
            return true;
        } catch (ContinueException e) {
            continueTaken.enter();
            return true;
        } catch (BreakException e) {
            breakTaken.enter();
            return false;
        }
    }
}
