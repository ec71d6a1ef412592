package org.cscript.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.cscript.runtime.CsTypes;
import org.cscript.runtime.CsTypesGen;

/** A node that produces a value. Typed execute methods let specializations avoid boxing. */
@TypeSystemReference(CsTypes.class)
@NodeInfo(description = "a cscript expression")
@GenerateWrapper
public abstract class CsExpressionNode extends CsStatementNode {

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new CsExpressionNodeWrapper(this, probe);
    }

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
