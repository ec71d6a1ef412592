package org.cscript.parser;

import com.oracle.truffle.api.nodes.Node;
import org.antlr.v4.runtime.ParserRuleContext;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.RecordedOperandNode;
import org.cscript.nodes.expression.BooleanLiteralNode;
import org.cscript.nodes.expression.ConstantNode;
import org.cscript.nodes.expression.ListLiteralNode;
import org.cscript.nodes.expression.LongLiteralNode;

/**
 * While one assert's condition is built: wraps each of its sub-expressions in a
 * {@link RecordedOperandNode} that records into the assert's frame slot, numbering them. Values
 * fixed at compile time (literals, constant names such as EPERM, lists of those) are not
 * recorded: a failure report would only repeat them.
 */
final class AssertRecording {
    private final Positions positions;
    private final int recordSlot;
    private int recorded;

    AssertRecording(Positions positions, int recordSlot) {
        this.positions = positions;
        this.recordSlot = recordSlot;
    }

    int recordSlot() {
        return recordSlot;
    }

    /** How many sub-expressions record their value. */
    int recorded() {
        return recorded;
    }

    /** {@code node}, built from {@code ctx}, recording its value unless it is fixed or recorded already (parentheses). */
    CsExpressionNode record(CsExpressionNode node, ParserRuleContext ctx) {
        if (node instanceof RecordedOperandNode || isFixed(node)) {
            return node;
        }
        return new RecordedOperandNode(node, positions.section(ctx), recordSlot, recorded++);
    }

    private static boolean isFixed(Node node) {
        if (node instanceof ConstantNode || node instanceof LongLiteralNode || node instanceof BooleanLiteralNode) {
            return true;
        }
        if (node instanceof ListLiteralNode) {
            for (Node element : node.getChildren()) {
                if (!isFixed(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
