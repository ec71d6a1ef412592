package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.FdValue;

/**
 * {@code keyq_create()} (OP-43): attaches a request_key message queue to the current task's user
 * namespace (needs keys.userns_queue) and returns its key-queue fd.
 */
@NodeInfo(shortName = "keyq_create")
@BuiltinSignature
public abstract class KeyqCreateBuiltin extends CsBuiltinNode {

    @Specialization
    protected FdValue create() {
        return kernelCall((k, s) -> fdValue(k, s, k.keys().keyqCreate(s)));
    }
}
