package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.ValueKind;

/**
 * {@code type_of(x)}: the kind of a value as the builtins' signatures name it ("int", "string",
 * "bool", "nil", "list", "task", "fd", "errno", "cap", "function"); lets a library function check
 * its arguments and say what it expected (docs/stdlib.md). A helper, no kernel operation.
 */
@NodeInfo(shortName = "type_of")
@BuiltinSignature("any")
public abstract class TypeOfBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected String kind(Object value) {
        return ValueKind.of(value).signatureName();
    }
}
