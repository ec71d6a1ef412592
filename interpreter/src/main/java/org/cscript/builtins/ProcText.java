package org.cscript.builtins;

import org.cscript.runtime.CsText;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;

/**
 * The text a /proc write sends: an integer as its decimal text, a string verbatim (so scripts
 * can test the kernel's parsing, e.g. "+12\n"). Used by set_contid and set_loginuid.
 */
final class ProcText {
    private ProcText() {
    }

    static boolean isWritable(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof String
                || value instanceof CsText;
    }

    @TruffleBoundary
    static String of(Object value) {
        return value instanceof String s ? s : value.toString();
    }
}
