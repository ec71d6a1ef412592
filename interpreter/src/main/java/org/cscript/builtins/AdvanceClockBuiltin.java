package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code advance_clock(ms)}: moves the simulated clock (OP-53). Returns nil. */
@NodeInfo(shortName = "advance_clock")
@BuiltinSignature("int")
public abstract class AdvanceClockBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil advance(long milliseconds) {
        return kernelRunNil((k, s) -> k.advanceClock(milliseconds));
    }
}
