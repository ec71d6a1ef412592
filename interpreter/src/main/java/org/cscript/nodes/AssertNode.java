package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.ArrayList;
import java.util.List;
import com.oracle.truffle.api.source.SourceSection;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ExploreDriver;
import org.cscript.runtime.Values;

/**
 * {@code assert cond[, message]}: fails the scenario at this statement when cond is false. The
 * condition's sub-expressions are {@link RecordedOperandNode}s that store their values in a
 * fresh record for each execution; only a failure turns the record into text (one line per
 * value, after the first line of the error's message), so a passing assert formats nothing and
 * no sub-expression, such as a builtin that writes audit records, runs twice.
 */
@NodeInfo(shortName = "assert")
public final class AssertNode extends CsStatementNode {
    @Child private ConditionNode condition;
    @Child private CsExpressionNode message;
    private final int recordSlot;
    private final int recordedOperands;

    /** {@code recordedOperands} nodes of {@code condition} record into the frame slot {@code recordSlot}. */
    public AssertNode(CsExpressionNode condition, CsExpressionNode message, int recordSlot, int recordedOperands) {
        this.condition = new ConditionNode(condition, "assert");
        this.message = message;
        this.recordSlot = recordSlot;
        this.recordedOperands = recordedOperands;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object[] record = null;
        if (recordedOperands > 0) {
            record = new Object[recordedOperands];
            frame.setObject(recordSlot, record);
        }
        boolean held = condition.execute(frame);
        ExploreDriver explore = CscriptContext.get(this).explore();
        if (explore != null) {
            explore.assertion(where(this), statementText(this), held);
        }
        if (!held) {
            CompilerDirectives.transferToInterpreter();
            String text = message == null ? "assertion failed"
                    : "assertion failed: " + Values.display(message.executeGeneric(frame));
            throw new CsError(text + explanation(record), this);
        }
    }

    /** "line:col" of a statement, naming it in an exploration's report. */
    @TruffleBoundary
    static String where(CsStatementNode node) {
        SourceSection s = node.getSourceSection();
        return s == null ? "?" : s.getStartLine() + ":" + s.getStartColumn();
    }

    @TruffleBoundary
    static String statementText(CsStatementNode node) {
        SourceSection s = node.getSourceSection();
        return s == null ? "?" : s.getCharacters().toString();
    }

    /** The recorded values as lines after the headline ("" when nothing was recorded). */
    @TruffleBoundary
    private String explanation(Object[] record) {
        if (record == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : AssertionExplanation.lines(operands(condition, record))) {
            out.append('\n').append(line);
        }
        return out.toString();
    }

    /** The recorded operands below {@code node}, nested as the nodes are (wrappers of tools included). */
    private static List<AssertionExplanation.Operand> operands(Node node, Object[] record) {
        List<AssertionExplanation.Operand> found = new ArrayList<>();
        for (Node child : node.getChildren()) {
            if (child instanceof RecordedOperandNode recorded) {
                found.add(new AssertionExplanation.Operand(recorded.sourceText(), record[recorded.index()],
                        operands(recorded, record)));
            } else {
                found.addAll(operands(child, record));
            }
        }
        return found;
    }
}
