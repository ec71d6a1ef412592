package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code checkpoint(cfd)}: images the container behind the caller's container fd (its tasks,
 * namespaces and audit container ID) and returns the image's id, a string such as "ckpt-1". A
 * proposal of the seeds: docs/proposals/checkpoint-restore.md.
 */
@NodeInfo(shortName = "checkpoint")
@BuiltinSignature({"fd"})
public abstract class CheckpointBuiltin extends CsBuiltinNode {

    @Specialization
    protected String checkpoint(long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> k.checkpoints().checkpoint(s, number));
    }
}
