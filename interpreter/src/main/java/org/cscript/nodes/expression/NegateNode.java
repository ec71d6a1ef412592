package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Numbers;

/** {@code -a}. */
@NodeInfo(shortName = "neg")
@NodeChild("operand")
public abstract class NegateNode extends CsExpressionNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLong(long value) {
        return Math.negateExact(value);
    }

    @Specialization
    @TruffleBoundary
    protected Object doBig(BigInteger value) {
        return Numbers.normalize(value.negate());
    }

    @Fallback
    protected Object mismatch(Object value) {
        throw CsError.expected(this, "unary -", "an integer", value);
    }
}
