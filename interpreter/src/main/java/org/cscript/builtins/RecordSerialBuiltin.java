package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code record_serial(line)}: the event serial of an audit record line; the records of one event
 * share it. A helper (docs/stdlib.md).
 */
@NodeInfo(shortName = "record_serial")
@BuiltinSignature("string")
public abstract class RecordSerialBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected long serial(String line) {
        return RecordLines.parse(this, line).serial();
    }
}
