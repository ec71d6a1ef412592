package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.abi.FileType;

/**
 * {@code mknodat(dirfd, path, type, mode[, major[, minor]])} (OP-35): a node of type "chr", "blk",
 * "file" or "fifo" (any other type is a mistake in the script, not an errno). Returns 0.
 */
@NodeInfo(shortName = "mknodat")
@BuiltinSignature(value = {"fd", "string", "string", "int", "int", "int"}, defaults = {"0", "0"})
public abstract class MknodatBuiltin extends CsBuiltinNode {

    @Specialization
    protected long mknodat(long dirfd, String path, String type, long mode, long major, long minor) {
        int number = fdNumber(dirfd);
        FileType nodeType = nodeType(type);
        return kernelRun((k, s) -> k.setup().mknodat(s, number, path, nodeType, mode, major, minor));
    }

    @TruffleBoundary
    private FileType nodeType(String type) {
        FileType t = FileType.ofLabel(type);
        if (t == null || t == FileType.DIR) {
            throw error("the type is \"" + type + "\"; it must be \"chr\", \"blk\", \"file\" or \"fifo\"");
        }
        return t;
    }
}
