package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code record_field(line, name)}: the value of field {@code name} of an audit record line,
 * decoded as assert_audit compares it (quotes and hex encoding removed), or nil when the record
 * has no such field. A helper (docs/stdlib.md).
 */
@NodeInfo(shortName = "record_field")
@BuiltinSignature({"string", "string"})
public abstract class RecordFieldBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected Object field(String line, String name) {
        String value = RecordLines.parse(this, line).decoded(name);
        return value == null ? Nil.INSTANCE : value;
    }
}
