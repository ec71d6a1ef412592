package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code request_key(type, desc)} (OP-42): the serial of the first matching key in the current
 * task's thread, process and session keyrings, then its container's keyring; ENOKEY otherwise.
 */
@NodeInfo(shortName = "request_key")
@BuiltinSignature({"string", "string"})
public abstract class RequestKeyBuiltin extends CsBuiltinNode {

    @Specialization
    protected long request(String type, String desc) {
        return kernelCall((k, s) -> k.keys().requestKey(s, type, desc));
    }
}
