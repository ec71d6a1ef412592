package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code container_bind_mount_across(cfd, source, target)} (OP-33): the current task's subtree at
 * {@code source} bind-mounted at {@code target} in the container (nil: its root). Returns 0.
 */
@NodeInfo(shortName = "container_bind_mount_across")
@BuiltinSignature({"fd", "string", "string|nil"})
public abstract class ContainerBindMountAcrossBuiltin extends CsBuiltinNode {

    @Specialization
    protected long bind(long cfd, String source, Object target) {
        int number = fdNumber(cfd);
        String targetText = NullableText.of(this, target, 2);
        return kernelRun((k, s) -> k.setup().containerBindMountAcross(s, number, source, targetText));
    }
}
