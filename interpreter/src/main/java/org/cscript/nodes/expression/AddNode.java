package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;
import org.cscript.runtime.Numbers;
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

    @Specialization
    @TruffleBoundary
    protected String concatStrings(String left, String right) {
        return left + right;
    }

    /** A string on either side turns the other operand into its display text. */
    @Specialization(guards = "isString(left) != isString(right)")
    @TruffleBoundary
    protected String concatMixed(Object left, Object right) {
        return Values.display(left) + Values.display(right);
    }

    @Specialization
    protected CsList concatLists(CsList left, CsList right) {
        return left.concat(right);
    }

    @Fallback
    protected Object mismatch(Object left, Object right) {
        throw CsError.operandTypes(this, "+", left, right);
    }

    protected static boolean isString(Object value) {
        return value instanceof String;
    }
}
