package org.cscript.parser;

import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.expression.ConstantNode;
import org.cscript.nodes.expression.LongLiteralNode;
import org.cscript.runtime.Nil;

/** Nodes for values known while building: literals, constants, builtin defaults, and nil after an error. */
final class ConstantNodes {
    private ConstantNodes() {
    }

    /** A long gets the specialized literal node; any other value a constant node. */
    static CsExpressionNode of(Object value) {
        return value instanceof Long l ? new LongLiteralNode(l) : new ConstantNode(value);
    }

    static CsExpressionNode nil() {
        return new ConstantNode(Nil.INSTANCE);
    }
}
