package org.cscript.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.CsErrnoException;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ErrnoText;
import org.cscript.runtime.ErrnoValue;

/**
 * {@code expect EPERM { ... }}: the block must fail with exactly that errno. The first failing
 * operation ends the block (later ones do not run); success or another errno fails the scenario
 * naming expected and actual. A caught failure is recorded as the check of kernel-model.md §3 it
 * proves ({@link CscriptContext#recordCaughtErrno}), which changes nothing a run prints.
 */
@NodeInfo(shortName = "expect")
public final class ExpectNode extends CsStatementNode {
    @Child private CsExpressionNode errno;
    @Child private CsStatementNode body;

    public ExpectNode(CsExpressionNode errno, CsStatementNode body) {
        this.errno = errno;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = errno.executeGeneric(frame);
        if (!(value instanceof ErrnoValue expected)) {
            CompilerDirectives.transferToInterpreter();
            throw CsError.expected(errno, "expect", "an errno name such as EPERM", value);
        }
        try {
            body.executeVoid(frame);
        } catch (CsErrnoException failure) {
            if (failure.errno() == expected.errno()) {
                proven(failure);
                return;
            }
            CompilerDirectives.transferToInterpreter();
            // Reported where the unexpected failure happened: that is the line to look at.
            Node at = failure.getLocation() != null ? failure.getLocation() : this;
            throw new CsError("expected " + ErrnoText.nameAndText(expected.errno()) + " but " + failure.getMessage(), at);
        }
        CompilerDirectives.transferToInterpreter();
        throw new CsError("expected " + ErrnoText.nameAndText(expected.errno()) + " but the block succeeded", this);
    }

    /** The expected failure proves a check of kernel-model.md §3: recorded for the host (no output). */
    @TruffleBoundary
    private void proven(CsErrnoException failure) {
        SourceSection at = getSourceSection();
        CscriptContext.get(this).recordCaughtErrno(failure.operation(), failure.errno(), failure.kernelDetail(),
                at == null ? "" : at.getSource().getName(), at == null ? 0 : at.getStartLine());
    }
}
