package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Numbers;

/** {@code a / b} and {@code a % b}: integer division truncating toward zero, as in C. */
@NodeInfo(shortName = "/")
public abstract class DivNode extends CsBinaryNode {
    private final boolean remainder;

    protected DivNode(boolean remainder) {
        this.remainder = remainder;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLongs(long left, long right) {
        if (right == 0) {
            throw divisionByZero();
        }
        if (left == Long.MIN_VALUE && right == -1) {
            throw new ArithmeticException("overflow");   // the one long division that overflows
        }
        return remainder ? left % right : left / right;
    }

    @Specialization
    @TruffleBoundary
    protected Object doBig(BigInteger left, BigInteger right) {
        if (right.signum() == 0) {
            throw divisionByZero();
        }
        return Numbers.normalize(remainder ? left.remainder(right) : left.divide(right));
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, remainder ? "%" : "/", left, right);
    }

    private CsError divisionByZero() {
        return new CsError("division by zero", this);
    }
}
