package org.cscript.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.Values;

/** {@code a == b} (and, negated, {@code a != b}); values of different types are never equal. */
@NodeInfo(shortName = "==")
public abstract class EqualNode extends CsBinaryNode {
    private final boolean negated;

    protected EqualNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean doLongs(long left, long right) {
        return (left == right) != negated;
    }

    @Specialization
    protected boolean doBig(BigInteger left, BigInteger right) {
        return left.equals(right) != negated;
    }

    @Specialization
    protected boolean doBooleans(boolean left, boolean right) {
        return (left == right) != negated;
    }

    @Specialization
    protected boolean doStrings(String left, String right) {
        return left.equals(right) != negated;
    }

    @Fallback
    protected boolean doOther(Object left, Object right) {
        return Values.equal(left, right) != negated;
    }
}
