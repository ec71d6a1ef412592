package org.cscript.nodes;

import com.oracle.truffle.api.dsl.NodeChild;

/** An operator with two operand children, evaluated left to right. */
@NodeChild("left")
@NodeChild("right")
public abstract class CsBinaryNode extends CsExpressionNode {
}
