package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * One sub-expression of an assert's condition: evaluates it once and keeps its value in the
 * assert's per-execution record (an {@code Object[]} in a frame slot), so that a failed assert
 * can show the value without evaluating anything again. The record lives in the frame, not in
 * this node, so that a recursive call reaching the same assert cannot overwrite the values of the
 * outer execution. The node's source range is the whole sub-expression (a call node's own range
 * is only the called name), and its text is what the failure report shows.
 */
@NodeInfo(shortName = "recorded")
public final class RecordedOperandNode extends CsExpressionNode {
    @Child private CsExpressionNode operand;
    private final int recordSlot;
    private final int index;

    public RecordedOperandNode(CsExpressionNode operand, int recordSlot, int index) {
        this.operand = operand;
        this.recordSlot = recordSlot;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = operand.executeGeneric(frame);
        ((Object[]) frame.getObject(recordSlot))[index] = value;
        return value;
    }

    /** The position of this operand's value in the record. */
    int index() {
        return index;
    }

    /** The source text of the sub-expression, on one line. */
    String sourceText() {
        var section = getSourceSection();
        return section == null ? "?" : section.getCharacters().toString().replaceAll("\\s+", " ");
    }
}
