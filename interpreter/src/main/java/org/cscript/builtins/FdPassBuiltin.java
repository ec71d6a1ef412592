package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.TaskHandle;

/** {@code fd_pass(fd, t)}: gives task t a copy of the descriptor, like SCM_RIGHTS (OP-13); the fd in t. */
@NodeInfo(shortName = "fd_pass")
@BuiltinSignature({"fd", "task"})
public abstract class FdPassBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue pass(long fd, TaskHandle receiver) {
        int number = fdNumber(fd);
        return kernelCall((k, s) -> fdValue(k, receiver.task(), k.fdPass(s, number, receiver.task())));
    }
}
