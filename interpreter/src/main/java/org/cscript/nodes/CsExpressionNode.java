package org.cscript.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.cscript.runtime.CsTypes;
import org.cscript.runtime.CsTypesGen;

/** A node that produces a value. Typed execute methods let specializations avoid boxing. */
@TypeSystemReference(CsTypes.class)
@NodeInfo(description = "a cscript expression")
public abstract class CsExpressionNode extends CsStatementNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeGeneric(frame);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return CsTypesGen.expectLong(executeGeneric(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return CsTypesGen.expectBoolean(executeGeneric(frame));
    }
}
