package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Numbers;
import org.cscript.runtime.TaskHandle;

/**
 * {@code get_contid(t)}: reads /proc/T/audit_containerid (OP-47) and returns the number (UNSET when
 * unset).
 */
@NodeInfo(shortName = "get_contid")
@BuiltinSignature("task")
public abstract class GetContidBuiltin extends CsBuiltinNode {

    @Specialization
    protected Object get(TaskHandle target) {
        return kernelCall((k, s) -> Numbers.fromUnsignedText(k.contidRead(s, target.task())));
    }
}
