package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Numbers;
import org.cscript.runtime.TaskHandle;

/**
 * {@code get_capcontid(t)}: reads /proc/T/audit_capcontainerid, an upstream extension (the v11
 * series' capcontid; no operation of kernel-model.md), and returns 0 or 1.
 */
@NodeInfo(shortName = "get_capcontid")
@BuiltinSignature("task")
public abstract class GetCapcontidBuiltin extends CsBuiltinNode {

    @Specialization
    protected Object get(TaskHandle target) {
        return kernelCall((k, s) -> Numbers.fromUnsignedText(k.capcontidRead(s, target.task())));
    }
}
