package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.List;

/** Display text, type names and equality of guest values. */
public final class Values {
    private Values() {
    }

    /** The text {@code print}, {@code str()} and interpolation show for a value. */
    @TruffleBoundary
    public static String display(Object value) {
        if (value instanceof CsList list) {
            StringBuilder out = new StringBuilder("[");
            List<Object> elements = list.elements();
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(displayElement(elements.get(i)));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /**
     * The text of a value inside a displayed list: a string quoted (so that "1" and 1, or an
     * empty string, can be told apart), anything else as {@link #display} shows it.
     */
    @TruffleBoundary
    public static String displayElement(Object value) {
        String s = CsText.asString(value);
        return s != null ? quote(s) : display(value);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** The type name used in error messages ("expects a task ..., got a string"). */
    @TruffleBoundary
    public static String typeName(Object value) {
        ValueKind kind = ValueKind.of(value);
        return kind == ValueKind.OTHER ? value.getClass().getSimpleName() : kind.displayName();
    }

    /** The type name with its article: "a string", "an integer". */
    public static String withArticle(String typeName) {
        return ("aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }

    /**
     * Equality for {@code ==}: numbers by value (an fd counts as its number), lists element by
     * element, tasks by identity of the kernel task, everything else by identity or equals.
     */
    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        BigInteger na = asInteger(a);
        BigInteger nb = asInteger(b);
        if (na != null || nb != null) {
            return na != null && na.equals(nb);
        }
        if (a instanceof CsList la && b instanceof CsList lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equal(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        String sa = CsText.asString(a);
        if (sa != null) {
            return sa.equals(CsText.asString(b));
        }
        return a == b || a.equals(b);
    }

    /** The integer a value stands for (numbers and fds), else null. */
    @TruffleBoundary
    public static BigInteger asInteger(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (value instanceof BigInteger big) {
            return big;
        } else if (value instanceof FdValue fd) {
            return BigInteger.valueOf(fd.number());
        }
        return null;
    }
}
