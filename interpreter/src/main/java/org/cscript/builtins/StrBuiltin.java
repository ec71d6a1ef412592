package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Values;

/** {@code str(x)}: the display text of any value (what print shows). */
@NodeInfo(shortName = "str")
@BuiltinSignature("any")
public abstract class StrBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected String display(Object value) {
        return Values.display(value);
    }
}
