package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/** Integer helpers: results that fit a long are kept as long, larger ones as BigInteger. */
public final class Numbers {
    /** (u64)-1, the largest literal the language accepts and the "unset" contid (kernel-model.md 0.3). */
    public static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Numbers() {
    }

    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    /** Parses a decimal or 0x-hex literal; null if it is above {@link #U64_MAX}. */
    @TruffleBoundary
    public static Object parseLiteral(String text) {
        BigInteger value = text.startsWith("0x") || text.startsWith("0X")
                ? new BigInteger(text.substring(2), 16)
                : new BigInteger(text);
        if (value.compareTo(U64_MAX) > 0) {
            return null;
        }
        return normalize(value);
    }

    /** Parses the decimal text of an unsigned 64-bit number (as read from /proc) into a value. */
    @TruffleBoundary
    public static Object fromUnsignedText(String text) {
        return normalize(new BigInteger(text.strip()));
    }

    /** A raw kernel u64 (held in a long, so (u64)-1 is -1L) as a script integer. */
    @TruffleBoundary
    public static Object fromUnsigned(long raw) {
        return raw >= 0 ? (Object) raw : new BigInteger(Long.toUnsignedString(raw));
    }
}
