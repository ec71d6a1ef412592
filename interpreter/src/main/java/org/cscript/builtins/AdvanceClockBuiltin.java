package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code advance_clock(ms)}: moves the simulated clock (OP-53). Returns nil. */
@NodeInfo(shortName = "advance_clock")
@BuiltinSignature("int")
public abstract class AdvanceClockBuiltin extends CsBuiltinNode {

    @Specialization
    protected Object advance(long milliseconds) {
        return kernelCall((k, s) -> {
            k.advanceClock(milliseconds);
            return Nil.INSTANCE;
        });
    }
}
