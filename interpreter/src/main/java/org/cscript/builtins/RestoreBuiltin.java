package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/**
 * {@code restore(image)}: recreates the container a {@code checkpoint} imaged, under a new
 * container id with the same audit container ID; returns the caller's container fd to it. A
 * proposal of the seeds: docs/proposals/checkpoint-restore.md.
 */
@NodeInfo(shortName = "restore")
@BuiltinSignature({"string"})
public abstract class RestoreBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue restore(String image) {
        return kernelCall((k, s) -> fdValue(k, s, k.checkpoints().restore(s, image)));
    }
}
