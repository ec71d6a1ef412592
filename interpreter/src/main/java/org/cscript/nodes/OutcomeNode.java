package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ExploreDriver;
import org.cscript.runtime.Values;

/**
 * {@code outcome always|sometimes|never COND[, message]} (docs/explore.md): what the schedules of
 * the scenario's concurrently blocks may lead to. Under {@code cscript explore} the value is
 * gathered over every schedule and judged at the end; a single run (one schedule) can only
 * refute {@code always} (COND false) and {@code never} (COND true), and does, here.
 */
@NodeInfo(shortName = "outcome")
public final class OutcomeNode extends CsStatementNode {
    /** always, sometimes or never. */
    private final String quantifier;
    @Child private ConditionNode condition;
    @Child private CsExpressionNode message;

    public OutcomeNode(String quantifier, CsExpressionNode condition, CsExpressionNode message) {
        this.quantifier = quantifier;
        this.condition = new ConditionNode(condition, "outcome");
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean value = condition.execute(frame);
        ExploreDriver explore = CscriptContext.get(this).explore();
        if (explore != null) {
            explore.outcome(AssertNode.where(this), quantifier, AssertNode.statementText(this), value);
            return;
        }
        boolean refuted = quantifier.equals("always") ? !value : quantifier.equals("never") && value;
        if (refuted) {
            CompilerDirectives.transferToInterpreter();
            String why = message == null ? "" : ": " + Values.display(message.executeGeneric(frame));
            throw new CsError("outcome " + quantifier + " refuted by this run's schedule" + why + ": the condition is "
                    + value + " (cscript explore tries every schedule)", this);
        }
    }

}
