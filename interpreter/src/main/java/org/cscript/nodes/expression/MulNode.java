package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Numbers;

/** {@code a * b}: integer multiplication, overflowing into BigInteger. */
@NodeInfo(shortName = "*")
public abstract class MulNode extends CsBinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLongs(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization
    @TruffleBoundary
    protected Object doBig(BigInteger left, BigInteger right) {
        return Numbers.normalize(left.multiply(right));
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, "*", left, right);
    }
}
