package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.cscript.runtime.CsError;

/**
 * Evaluates an expression that must be a boolean (conditions of if/while/assert, operands of
 * and/or/not). There is no truthiness: {@code if 1 { }} is a type error naming the construct.
 */
public final class ConditionNode extends Node {
    @Child private CsExpressionNode expression;
    private final String construct;

    public ConditionNode(CsExpressionNode expression, String construct) {
        this.expression = expression;
        this.construct = construct;
    }

    public boolean execute(VirtualFrame frame) {
        try {
            return expression.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreter();
            throw CsError.expected(expression, construct, "a boolean", e.getResult());
        }
    }
}
