package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;
import org.cscript.runtime.TaskHandle;

/**
 * {@code waitpid(t)} or {@code waitpid()} for any child (OP-07, never blocks): the reaped pid or 0;
 * the status is {@code t.exit_status}.
 */
@NodeInfo(shortName = "waitpid")
@BuiltinSignature(value = {"task|nil"}, defaults = {"nil"})
public abstract class WaitpidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long waitFor(TaskHandle child) {
        return kernelCall((k, s) -> k.waitpid(s, child.task()).pid());
    }

    @Specialization
    protected long waitAny(Nil any) {
        return kernelCall((k, s) -> k.waitpid(s, null).pid());
    }
}
