package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code mkdirat(dirfd, path[, mode])} (OP-34): a directory, relative to a container fd or
 * AT_FDCWD; mode defaults to 0755. Returns 0.
 */
@NodeInfo(shortName = "mkdirat")
@BuiltinSignature(value = {"fd", "string", "int"}, defaults = {"0x1ed"})
public abstract class MkdiratBuiltin extends CsBuiltinNode {

    @Specialization
    protected long mkdirat(long dirfd, String path, long mode) {
        int number = fdNumber(dirfd);
        return kernelRun((k, s) -> k.setup().mkdirat(s, number, path, mode));
    }
}
