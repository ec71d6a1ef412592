package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code write_uid_map(t, text)}: writes /proc/T/uid_map, the map of T's user namespace (a seed
 * proposal, docs/proposals/userns-maps.md; needs userns.maps = on). Returns the bytes written.
 */
@NodeInfo(shortName = "write_uid_map")
@BuiltinSignature({"task", "string"})
public abstract class WriteUidMapBuiltin extends CsBuiltinNode {

    @Specialization
    protected long write(TaskHandle target, String text) {
        return kernelCall((k, s) -> k.userns().writeUidMap(s, target.task(), text));
    }
}
