package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/** {@code exit(code)}: exit_group of the current task (OP-04). Returns nil. */
@NodeInfo(shortName = "exit")
@BuiltinSignature("int")
public abstract class ExitBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil exit(long code) {
        long status = checked(ArgumentRange.EXIT_STATUS, code);
        return kernelRunNil((k, s) -> k.exit(s, status));
    }
}
