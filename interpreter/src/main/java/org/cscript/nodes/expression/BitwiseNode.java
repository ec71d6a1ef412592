package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Numbers;

/** {@code a | b} and {@code a & b} on integers: how flags are combined and tested. */
@NodeInfo(shortName = "|&")
public abstract class BitwiseNode extends CsBinaryNode {
    private final boolean and;

    protected BitwiseNode(boolean and) {
        this.and = and;
    }

    @Specialization
    protected long doLongs(long left, long right) {
        return and ? left & right : left | right;
    }

    @Specialization
    @TruffleBoundary
    protected Object doBig(BigInteger left, BigInteger right) {
        return Numbers.normalize(and ? left.and(right) : left.or(right));
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, and ? "&" : "|", left, right);
    }
}
