package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsList;

/**
 * {@code sink_trace(name)}: the lines a per-container audit sink has received so far, as a list
 * (kernel-model.md 4.6).
 */
@NodeInfo(shortName = "sink_trace")
@BuiltinSignature("string")
public abstract class SinkTraceBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected CsList lines(String name) {
        return kernelCall((k, s) -> CsList.copyOf(k.sinkTrace(name)));
    }
}
