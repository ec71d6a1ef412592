package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/**
 * {@code openat(dirfd, path[, flags[, mode]])} (OP-36): a regular-file fd, relative to a container
 * fd or AT_FDCWD; flags O_CREAT, O_EXCL, O_CLOEXEC; mode defaults to 0644.
 */
@NodeInfo(shortName = "openat")
@BuiltinSignature(value = {"fd", "string", "int", "int"}, defaults = {"0", "0x1a4"})
public abstract class OpenatBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue openat(long dirfd, String path, long flags, long mode) {
        int number = fdNumber(dirfd);
        return kernelCall((k, s) -> fdValue(k, s, k.setup().openat(s, number, path, flags, mode)));
    }
}
