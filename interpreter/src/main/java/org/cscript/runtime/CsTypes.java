package org.cscript.runtime;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;
import java.math.BigInteger;

/**
 * The type system of expression nodes. A long widens to BigInteger when an operation overflows,
 * and a file descriptor behaves as its number in arithmetic, comparisons and kernel calls.
 */
@TypeSystem({long.class, boolean.class, BigInteger.class, String.class})
public abstract class CsTypes {

    @ImplicitCast
    public static BigInteger castBigInteger(long value) {
        return BigInteger.valueOf(value);
    }

    /** A text built by appending reads as the string it holds. */
    @ImplicitCast
    public static String castText(CsText text) {
        return text.toString();
    }

    @ImplicitCast
    public static long castFdNumber(FdValue fd) {
        return fd.number();
    }
}
