package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CsError;

/**
 * {@code for i in a..b { }}: i takes a, a+1, ..., b-1 (half-open, as in Rust and Python's range;
 * language.md leaves the bound open, this reads "0..n" as n iterations). The counter lives in a
 * hidden slot, so assigning i in the body does not change the iteration.
 */
@NodeInfo(shortName = "for-range")
public final class ForRangeNode extends CsStatementNode {
    @Child private CsExpressionNode start;
    @Child private CsExpressionNode end;
    @Child private LoopNode loop;
    private final int counterSlot;
    private final int endSlot;

    public ForRangeNode(int variableSlot, int counterSlot, int endSlot, CsExpressionNode start, CsExpressionNode end,
            CsStatementNode body) {
        this.start = start;
        this.end = end;
        this.counterSlot = counterSlot;
        this.endSlot = endSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(variableSlot, counterSlot, endSlot, body));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setLong(counterSlot, bound(frame, start));
        frame.setLong(endSlot, bound(frame, end));
        loop.execute(frame);
    }

    private long bound(VirtualFrame frame, CsExpressionNode expression) {
        try {
            return expression.executeLong(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreter();
            throw CsError.expected(expression, "a range", "integer bounds", e.getResult());
        }
    }

    private static final class Repeating extends Node implements RepeatingNode {
        private final int variableSlot;
        private final int counterSlot;
        private final int endSlot;
        @Child private LoopBodyNode body;

        Repeating(int variableSlot, int counterSlot, int endSlot, CsStatementNode body) {
            this.variableSlot = variableSlot;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
            this.body = new LoopBodyNode(body);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(counterSlot);
            if (i >= frame.getLong(endSlot)) {
                return false;
            }
            frame.setLong(counterSlot, i + 1);
            if (frame.getFrameDescriptor().getSlotKind(variableSlot) != FrameSlotKind.Long) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                frame.getFrameDescriptor().setSlotKind(variableSlot, FrameSlotKind.Long);
            }
            frame.setLong(variableSlot, i);
            return body.execute(frame);
        }
    }
}
