package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code readlink_ns(t, "mnt")}: "mnt:[4026531840]" (OP-54). */
@NodeInfo(shortName = "readlink_ns")
@BuiltinSignature({"task", "string"})
public abstract class ReadlinkNsBuiltin extends CsBuiltinNode {

    @Specialization
    protected String readlink(TaskHandle target, String kind) {
        return kernelCall((k, s) -> k.readlinkNs(s, target.task(), kind));
    }
}
