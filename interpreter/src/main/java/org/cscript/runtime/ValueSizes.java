package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.nio.charset.StandardCharsets;
import org.cscript.kernel.Limits;

/**
 * The size limits of values (limits.string_bytes, limits.list_items; docs/limits.md), checked
 * where a value grows: string concatenation and interpolation, list literals and list
 * concatenation. A value past its limit is an error at the expression that built it.
 */
public final class ValueSizes {
    private ValueSizes() {
    }

    /** {@code text}, or the string limit's error at {@code location}. */
    @TruffleBoundary
    public static String checkString(String text, Node location) {
        long max = CscriptContext.get(location).session().limits().stringBytes();
        // a UTF-16 unit is at most 3 UTF-8 bytes: short strings need no count
        if (text.length() * 3L > max && utf8Length(text) > max) {
            throw stringLimit(max, location);
        }
        return text;
    }

    /** As {@link #checkString(String, Node)}, for a text built by appending (its byte count is kept). */
    public static Object checkString(Object text, Node location) {
        if (text instanceof String s) {
            return checkString(s, location);
        }
        long max = CscriptContext.get(location).session().limits().stringBytes();
        if (((CsText) text).utf8Bytes() > max) {
            throw stringLimit(max, location);
        }
        return text;
    }

    /** The list limit's error at {@code location} when a list of {@code size} items is too long. */
    public static void checkList(long size, Node location) {
        Limits limits = CscriptContext.get(location).session().limits();
        if (size > limits.listItems()) {
            throw listLimit(limits.listItems(), location);
        }
    }

    @TruffleBoundary
    private static CsError stringLimit(long max, Node location) {
        return new CsError("string limit: more than " + max + " bytes in a string (limits.string_bytes)", location);
    }

    @TruffleBoundary
    private static CsError listLimit(long max, Node location) {
        return new CsError("list limit: more than " + max + " items in a list (limits.list_items)", location);
    }

    static long utf8Length(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;   // rare: count exactly
            }
        }
        return bytes;
    }
}
