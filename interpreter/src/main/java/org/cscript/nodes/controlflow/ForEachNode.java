package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;

/** {@code for x in list { }}; the list and the position live in hidden slots. */
@NodeInfo(shortName = "for-each")
public final class ForEachNode extends CsStatementNode {
    @Child private CsExpressionNode iterable;
    @Child private LoopNode loop;
    private final int listSlot;
    private final int indexSlot;

    public ForEachNode(int variableSlot, int listSlot, int indexSlot, CsExpressionNode iterable, CsStatementNode body) {
        this.iterable = iterable;
        this.listSlot = listSlot;
        this.indexSlot = indexSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(variableSlot, listSlot, indexSlot, body));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        if (!(value instanceof CsList)) {
            CompilerDirectives.transferToInterpreter();
            throw CsError.expected(iterable, "for ... in", "a list or a range", value);
        }
        frame.setObject(listSlot, value);
        frame.setLong(indexSlot, 0);
        loop.execute(frame);
    }

    private static final class Repeating extends Node implements RepeatingNode {
        private final int variableSlot;
        private final int listSlot;
        private final int indexSlot;
        @Child private LoopBodyNode body;

        Repeating(int variableSlot, int listSlot, int indexSlot, CsStatementNode body) {
            this.variableSlot = variableSlot;
            this.listSlot = listSlot;
            this.indexSlot = indexSlot;
            this.body = new LoopBodyNode(body);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            CsList list = (CsList) frame.getObject(listSlot);
            long i = frame.getLong(indexSlot);
            if (i >= list.size()) {
                return false;
            }
            frame.setLong(indexSlot, i + 1);
            if (frame.getFrameDescriptor().getSlotKind(variableSlot) != FrameSlotKind.Object) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                frame.getFrameDescriptor().setSlotKind(variableSlot, FrameSlotKind.Object);
            }
            frame.setObject(variableSlot, list.get((int) i));
            return body.execute(frame);
        }
    }
}
