package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsText;
import org.cscript.runtime.Nil;

/**
 * A "string|nil" argument as Java text or null, for builtins with several such parameters (one
 * specialization per combination would multiply). Anything else is the usual argument-type error.
 */
final class NullableText {
    private NullableText() {
    }

    @TruffleBoundary
    static String of(CsBuiltinNode node, Object value, int index) {
        String text = CsText.asString(value);
        if (text != null) {
            return text;
        }
        if (value instanceof Nil) {
            return null;
        }
        throw CsError.argumentType(node, node.builtinName(), index, ArgumentKinds.describe("string|nil"), value);
    }
}
