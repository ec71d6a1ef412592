package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code write_gid_map(t, text)}: writes /proc/T/gid_map, the map of T's user namespace (a seed
 * proposal, docs/proposals/userns-maps.md; needs userns.maps = on). Returns the bytes written.
 */
@NodeInfo(shortName = "write_gid_map")
@BuiltinSignature({"task", "string"})
public abstract class WriteGidMapBuiltin extends CsBuiltinNode {

    @Specialization
    protected long write(TaskHandle target, String text) {
        return kernelCall((k, s) -> k.userns().writeGidMap(s, target.task(), text));
    }
}
