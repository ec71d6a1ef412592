package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A long string built by {@code +}: {@code s = s + piece} in a loop appends to one shared buffer
 * instead of copying {@code s} each time, so building a string of n characters takes time linear
 * in n (a Java String would be copied at every step: 300,000 appends took 4.4 s). Like a list's
 * shared backing, the buffer only grows: a text is the buffer's first {@link #length} characters,
 * and appending to a text that is not the buffer's end copies it first, so every text value stays
 * what it was. Wherever a string is needed it reads as one ({@link CsTypes} casts it, once: the
 * String is kept), so to the language it is simply a string.
 */
public final class CsText {
    /** Shorter results of {@code +} stay plain Strings: copying them costs less than the buffer. */
    static final int MIN_LENGTH = 256;

    private final StringBuilder buffer;
    private final int length;
    /** UTF-8 bytes of the text, for limits.string_bytes without counting again. */
    private final long utf8Bytes;
    private String flat;

    private CsText(StringBuilder buffer, long utf8Bytes) {
        this.buffer = buffer;
        this.length = buffer.length();
        this.utf8Bytes = utf8Bytes;
    }

    /** {@code left + right}: a String while short, a text from {@link #MIN_LENGTH} characters on. */
    @TruffleBoundary
    public static Object concat(String left, String right) {
        if (left.length() + right.length() < MIN_LENGTH) {
            return left + right;
        }
        // exact: a text that is never appended to costs no more than its String; growth doubles
        StringBuilder buffer = new StringBuilder(left.length() + right.length());
        buffer.append(left).append(right);
        return new CsText(buffer, ValueSizes.utf8Length(left) + ValueSizes.utf8Length(right));
    }

    /** {@code this + right}: appended in place when this text is the buffer's end, else copied once. */
    @TruffleBoundary
    public CsText append(String right) {
        long bytes = utf8Bytes + ValueSizes.utf8Length(right);
        if (buffer.length() == length) {
            buffer.append(right);
            return new CsText(buffer, bytes);
        }
        StringBuilder copy = new StringBuilder(length + right.length());
        copy.append(toString()).append(right);   // the String is kept: the next copy of this text is one arraycopy
        return new CsText(copy, bytes);
    }

    /** UTF-8 bytes of the text. */
    public long utf8Bytes() {
        return utf8Bytes;
    }

    /** The text as a String, made once. */
    @Override
    @TruffleBoundary
    public String toString() {
        if (flat == null) {
            flat = buffer.substring(0, length);
        }
        return flat;
    }

    /** A String for a string value (String or CsText), else null. */
    public static String asString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof CsText t ? t.toString() : null;
    }
}
