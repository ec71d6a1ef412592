package org.cscript.nodes.local;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;

/** Reads a local variable from its frame slot, unboxed while the slot holds only longs or booleans. */
@NodeInfo(shortName = "read")
@NodeField(name = "slot", type = int.class)
public abstract class ReadLocalNode extends CsExpressionNode {

    protected abstract int getSlot();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        return frame.getValue(getSlot());
    }
}
