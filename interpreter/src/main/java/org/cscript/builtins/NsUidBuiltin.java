package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code ns_uid(t)}: T's uid as the current task's user namespace sees it (its getuid, were it T;
 * /proc/T/status from there): 65534 where that namespace's uid_map does not hold it. A seed
 * proposal (docs/proposals/userns-maps.md; needs userns.maps = on); not audited.
 */
@NodeInfo(shortName = "ns_uid")
@BuiltinSignature("task")
public abstract class NsUidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long seen(TaskHandle target) {
        return kernelCall((k, s) -> k.userns().uidSeenBy(s, target.task()));
    }
}
