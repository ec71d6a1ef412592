package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A scenario failure: a failed assertion, an unexpected errno, a runtime type error. The node
 * gives the source position that the runner prints as FILE:LINE:COL with a caret. The message's
 * first line is the headline; any further lines (a failed assert's values, an assert_audit's
 * nearest candidate) are details, which the runner prints below the caret.
 */
public class CsError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    @TruffleBoundary
    public CsError(String message, Node location) {
        super(message, location);
    }

    /** "kill expects a task as its first argument, got a string". */
    @TruffleBoundary
    public static CsError argumentType(Node location, String operation, int index, String expected, Object actual) {
        return new CsError(argumentTypeMessage(operation, index, expected, Values.withArticle(Values.typeName(actual))),
                location);
    }

    /** The text of {@link #argumentType}, also used when the static check sees a wrong literal. */
    public static String argumentTypeMessage(String operation, int index, String expected, String actual) {
        return operation + " expects " + expected + " as its " + ordinal(index) + " argument, got " + actual;
    }

    /** "operator + cannot combine a string and a task". */
    @TruffleBoundary
    public static CsError operandTypes(Node location, String operator, Object left, Object right) {
        return new CsError("operator " + operator + " cannot combine " + Values.withArticle(Values.typeName(left))
                + " and " + Values.withArticle(Values.typeName(right)), location);
    }

    /** "if expects a boolean condition, got an integer". */
    @TruffleBoundary
    public static CsError expected(Node location, String what, String expected, Object actual) {
        return new CsError(what + " expects " + expected + ", got " + Values.withArticle(Values.typeName(actual)),
                location);
    }

    public static String ordinal(int zeroBasedIndex) {
        return switch (zeroBasedIndex) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            case 3 -> "fourth";
            case 4 -> "fifth";
            default -> (zeroBasedIndex + 1) + "th";
        };
    }
}
