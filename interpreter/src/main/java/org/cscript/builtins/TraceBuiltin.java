package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsList;

/** {@code trace()}: the host trace lines emitted so far, as a list of strings. */
@NodeInfo(shortName = "trace")
@BuiltinSignature
public abstract class TraceBuiltin extends CsBuiltinNode implements ReadsHostTrace {

    @Specialization
    @TruffleBoundary
    protected CsList lines() {
        return CsList.copyOf(session().trace());
    }
}
