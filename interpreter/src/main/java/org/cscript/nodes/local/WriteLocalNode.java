package org.cscript.nodes.local;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CsPlainTypes;

/**
 * {@code let x = e} / {@code x = e} for a local: stores into the frame slot and records the slot
 * kind (long, boolean, object) so reads can stay unboxed. Uses {@link CsPlainTypes} so an fd is
 * stored as the fd, not its number.
 */
@NodeInfo(shortName = "write")
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
@TypeSystemReference(CsPlainTypes.class)
public abstract class WriteLocalNode extends CsExpressionNode {

    protected abstract int getSlot();

    @Specialization(guards = "isKind(frame, LONG)")
    protected long writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeBoolean"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
        return value;
    }

    protected static final FrameSlotKind LONG = FrameSlotKind.Long;
    protected static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    /** The slot may take this kind: it already has it, or nothing was stored yet. */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return current == kind || current == FrameSlotKind.Illegal;
    }
}
