package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

/**
 * One sub-expression of an assert's condition: evaluates it once and keeps its value in the
 * assert's per-execution record (an {@code Object[]} in a frame slot), so that a failed assert
 * can show the value without evaluating anything again. The record lives in the frame, not in
 * this node, so that a recursive call reaching the same assert cannot overwrite the values of the
 * outer execution. Tools do not see the node, and an error located at it points where its
 * operand's would (a call's errors at the called name); {@code expression} is the section of the
 * whole sub-expression, whose text the report shows.
 */
@NodeInfo(shortName = "recorded")
public final class RecordedOperandNode extends CsExpressionNode {
    @Child private CsExpressionNode operand;
    private final SourceSection expression;
    private final int recordSlot;
    private final int index;

    public RecordedOperandNode(CsExpressionNode operand, SourceSection expression, int recordSlot, int index) {
        this.operand = operand;
        this.expression = expression;
        this.recordSlot = recordSlot;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        ((Object[]) frame.getObject(recordSlot))[index] = value;
        return value;
    }

    /** Not a node of the script's own: instruments (debugger, coverage) see its operand alone. */
    @Override
    public boolean isInstrumentable() {
        return false;
    }

    @Override
    public SourceSection getSourceSection() {
        return operand.getSourceSection();
    }

    /** The position of this operand's value in the record. */
    int index() {
        return index;
    }

    /** The source text of the sub-expression, on one line. */
    String sourceText() {
        return expression.getCharacters().toString().replaceAll("\\s+", " ");
    }
}
