package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code move_mount(from_fd, from_path, to_fd, to_path, flags)} (OP-29): attaches a detached mount
 * fd ({@code ""} and MOVE_MOUNT_F_EMPTY_PATH) into a container (to_fd a container fd) or the
 * current task's view (AT_FDCWD). Returns 0.
 */
@NodeInfo(shortName = "move_mount")
@BuiltinSignature({"fd", "string", "fd", "string", "int"})
public abstract class MoveMountBuiltin extends CsBuiltinNode {

    @Specialization
    protected long moveMount(long fromFd, String fromPath, long toFd, String toPath, long flags) {
        int from = fdNumber(fromFd);
        int to = fdNumber(toFd);
        return kernelRun((k, s) -> k.setup().moveMount(s, from, fromPath, to, toPath, flags));
    }
}
