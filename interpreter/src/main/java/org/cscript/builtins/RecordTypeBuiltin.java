package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code record_type(line)}: the type of an audit record line (a line of {@code trace()} or
 * {@code sink_trace()}) by its design name: {@code UNKNOWN[1340]} reads as NS_CREATE. With
 * record_serial and record_field, what a library reads records with (docs/stdlib.md). A helper.
 */
@NodeInfo(shortName = "record_type")
@BuiltinSignature("string")
public abstract class RecordTypeBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected String type(String line) {
        return RecordLines.parse(this, line).type();
    }
}
