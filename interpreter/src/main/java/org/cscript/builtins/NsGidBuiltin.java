package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code ns_gid(t)}: T's gid as the current task's user namespace sees it (its getgid, were it T;
 * /proc/T/status from there): 65534 where that namespace's gid_map does not hold it. A seed
 * proposal (docs/proposals/userns-maps.md; needs userns.maps = on); not audited.
 */
@NodeInfo(shortName = "ns_gid")
@BuiltinSignature("task")
public abstract class NsGidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long seen(TaskHandle target) {
        return kernelCall((k, s) -> k.userns().gidSeenBy(s, target.task()));
    }
}
