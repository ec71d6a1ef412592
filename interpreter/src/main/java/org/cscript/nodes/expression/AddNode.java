package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;
import org.cscript.runtime.CsText;
import org.cscript.runtime.Numbers;
import org.cscript.runtime.ValueSizes;
import org.cscript.runtime.Values;

/** {@code a + b}: integer addition (overflowing into BigInteger), string and list concatenation. */
@NodeInfo(shortName = "+")
public abstract class AddNode extends CsBinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long addLongs(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization
    @TruffleBoundary
    protected Object addBig(BigInteger left, BigInteger right) {
        return Numbers.normalize(left.add(right));
    }

    /** A long string grows in place (CsText): building one in a loop is linear, not quadratic. */
    @Specialization
    protected Object appendText(CsText left, String right) {
        return ValueSizes.checkString(left.append(right), this);
    }

    @Specialization
    protected Object concatStrings(String left, String right) {
        return ValueSizes.checkString(CsText.concat(left, right), this);
    }

    /** A string on either side turns the other operand into its display text. */
    @Specialization(guards = "isString(left) != isString(right)")
    @TruffleBoundary
    protected Object concatMixed(Object left, Object right) {
        return ValueSizes.checkString(CsText.concat(Values.display(left), Values.display(right)), this);
    }

    @Specialization
    protected CsList concatLists(CsList left, CsList right) {
        ValueSizes.checkList((long) left.size() + right.size(), this);
        return left.concat(right);
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, "+", left, right);
    }

    protected static boolean isString(Object value) {
        return value instanceof String || value instanceof CsText;
    }
}
