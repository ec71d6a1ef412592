package org.cscript.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.Nil;

/** The root of a user function: runs the body and turns {@code return} into the call's value. */
@NodeInfo(language = "cscript", description = "a cscript function")
public final class CsRootNode extends RootNode {
    @Child private CsStatementNode body;
    private final String name;
    private final SourceSection sourceSection;

    public CsRootNode(CscriptLanguage language, FrameDescriptor frame, CsStatementNode body, String name,
            SourceSection sourceSection) {
        super(language, frame);
        this.body = body;
        this.name = name;
        this.sourceSection = sourceSection;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ReturnException ret) {
            return ret.value();
        }
        return Nil.INSTANCE;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String toString() {
        return "fn " + name;
    }
}
