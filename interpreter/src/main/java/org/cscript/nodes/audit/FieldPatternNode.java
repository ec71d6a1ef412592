package org.cscript.nodes.audit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.google.re2j.Pattern;
import org.cscript.audit.FieldPattern;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.Values;

/**
 * One {@code name=value} of an audit assertion: {@code *}, {@code /regex/} (compiled at parse
 * time), or a literal whose {@code ${expr}} parts are evaluated when the statement runs.
 */
public final class FieldPatternNode extends Node {
    private final String field;
    /** The whole pattern when it does not depend on the run ({@code *}, a regex); else null. */
    private final FieldPattern fixed;
    @Child private CsExpressionNode literal;

    private FieldPatternNode(String field, FieldPattern fixed, CsExpressionNode literal) {
        this.field = field;
        this.fixed = fixed;
        this.literal = literal;
    }

    public static FieldPatternNode any(String field) {
        return new FieldPatternNode(field, new FieldPattern.Any(field), null);
    }

    public static FieldPatternNode regex(String field, Pattern pattern) {
        return new FieldPatternNode(field, new FieldPattern.Regex(field, pattern), null);
    }

    public static FieldPatternNode literal(String field, CsExpressionNode text) {
        return new FieldPatternNode(field, null, text);
    }

    public FieldPattern execute(VirtualFrame frame) {
        if (fixed != null) {
            return fixed;
        }
        return literalPattern(literal.executeGeneric(frame));
    }

    @TruffleBoundary
    private FieldPattern literalPattern(Object value) {
        return new FieldPattern.Literal(field, Values.display(value));
    }
}
