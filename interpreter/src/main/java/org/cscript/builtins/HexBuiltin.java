package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;

/** {@code hex(n)}: "0x" and lower-case hex digits; negative numbers get a leading '-'. */
@NodeInfo(shortName = "hex")
@BuiltinSignature("int")
public abstract class HexBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected String ofLong(long value) {
        return value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
    }

    @Specialization
    @TruffleBoundary
    protected String ofBig(BigInteger value) {
        return value.signum() < 0 ? "-0x" + value.negate().toString(16) : "0x" + value.toString(16);
    }
}
