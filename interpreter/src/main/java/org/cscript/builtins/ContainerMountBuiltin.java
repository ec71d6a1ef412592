package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code container_mount(cfd, source, target, fstype[, flags[, data]])} (OP-31): a new filesystem
 * mounted inside the container; a nil target is the container's root. Returns 0.
 */
@NodeInfo(shortName = "container_mount")
@BuiltinSignature(value = {"fd", "string|nil", "string|nil", "string", "int", "string|nil"}, defaults = {"0", "nil"})
public abstract class ContainerMountBuiltin extends CsBuiltinNode {

    @Specialization
    protected long mount(long cfd, Object source, Object target, String fstype, long flags, Object data) {
        int number = fdNumber(cfd);
        String sourceText = NullableText.of(this, source, 1);
        String targetText = NullableText.of(this, target, 2);
        String dataText = NullableText.of(this, data, 5);
        return kernelRun((k, s) -> k.setup().containerMount(s, number, sourceText, targetText, fstype, flags, dataText));
    }
}
