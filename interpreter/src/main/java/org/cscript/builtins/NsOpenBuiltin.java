package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.TaskHandle;

/** {@code ns_open(t, "net")}: opens /proc/T/ns/KIND (OP-15). */
@NodeInfo(shortName = "ns_open")
@BuiltinSignature({"task", "string"})
public abstract class NsOpenBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue open(TaskHandle target, String kind) {
        return kernelCall((k, s) -> fdValue(k, s, k.nsOpen(s, target.task(), kind)));
    }
}
