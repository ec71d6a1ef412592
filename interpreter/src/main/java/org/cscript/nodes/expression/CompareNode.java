package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;

/** {@code <}, {@code <=}, {@code >}, {@code >=} on integers or strings (left operand first). */
@NodeInfo(shortName = "<=>")
public abstract class CompareNode extends CsBinaryNode {

    /** The comparison operator and which signs of compare(left, right) make it true. */
    public enum Operator {
        LT("<"), LE("<="), GT(">"), GE(">=");

        final String text;

        Operator(String text) {
            this.text = text;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    private final Operator operator;

    protected CompareNode(Operator operator) {
        this.operator = operator;
    }

    @Specialization
    protected boolean doLongs(long left, long right) {
        return operator.holds(Long.compare(left, right));
    }

    @Specialization
    @TruffleBoundary
    protected boolean doBig(BigInteger left, BigInteger right) {
        return operator.holds(left.compareTo(right));
    }

    @Specialization
    @TruffleBoundary
    protected boolean doStrings(String left, String right) {
        return operator.holds(left.compareTo(right));
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, operator.text, left, right);
    }
}
