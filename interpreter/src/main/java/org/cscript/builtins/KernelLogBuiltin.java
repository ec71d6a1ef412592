package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsList;

/**
 * {@code kernel_log()}: the kernel log's lines about lost audit records so far (what dmesg shows
 * under {@code audit.failure = printk}), as a list. A proposal of the seeds:
 * docs/proposals/audit-backlog.md.
 */
@NodeInfo(shortName = "kernel_log")
@BuiltinSignature
public abstract class KernelLogBuiltin extends CsBuiltinNode {

    @Specialization
    @TruffleBoundary
    protected CsList lines() {
        return kernelCall((k, s) -> CsList.copyOf(k.backlog().kernelLog()));
    }
}
