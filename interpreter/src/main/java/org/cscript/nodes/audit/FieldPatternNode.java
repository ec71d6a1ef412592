package org.cscript.nodes.audit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import java.util.regex.Pattern;
import org.cscript.audit.FieldPattern;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.Values;

/**
 * One {@code name=value} of an audit assertion: {@code *}, {@code /regex/} (compiled at parse
 * time), or a literal whose {@code ${expr}} parts are evaluated when the statement runs.
 */
public final class FieldPatternNode extends Node {
    private final String field;
    private final boolean any;
    private final Pattern regex;
    @Child private CsExpressionNode literal;

    private FieldPatternNode(String field, boolean any, Pattern regex, CsExpressionNode literal) {
        this.field = field;
        this.any = any;
        this.regex = regex;
        this.literal = literal;
    }

    public static FieldPatternNode any(String field) {
        return new FieldPatternNode(field, true, null, null);
    }

    public static FieldPatternNode regex(String field, Pattern pattern) {
        return new FieldPatternNode(field, false, pattern, null);
    }

    public static FieldPatternNode literal(String field, CsExpressionNode text) {
        return new FieldPatternNode(field, false, null, text);
    }

    public FieldPattern execute(VirtualFrame frame) {
        if (any) {
            return new FieldPattern.Any(field);
        } else if (regex != null) {
            return new FieldPattern.Regex(field, regex);
        }
        return literalPattern(literal.executeGeneric(frame));
    }

    @TruffleBoundary
    private FieldPattern literalPattern(Object value) {
        return new FieldPattern.Literal(field, Values.display(value));
    }
}
