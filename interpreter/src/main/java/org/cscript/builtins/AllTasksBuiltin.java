package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.ArrayList;
import java.util.List;
import org.cscript.kernel.Task;
import org.cscript.runtime.CsList;

/**
 * {@code all_tasks()}: every task not yet reaped (running or zombie), by tid, as task values:
 * what std/audit's audit_tree dumps (docs/stdlib.md). A helper, no kernel operation: no record,
 * no errno.
 */
@NodeInfo(shortName = "all_tasks")
@BuiltinSignature
public abstract class AllTasksBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected CsList tasks() {
        return kernelCall((k, s) -> {
            List<Object> handles = new ArrayList<>();
            for (Task t : k.tasks()) {
                handles.add(handle(t));
            }
            return CsList.copyOf(handles);
        });
    }
}
