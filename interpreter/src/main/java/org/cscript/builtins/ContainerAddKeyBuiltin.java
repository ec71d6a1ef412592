package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;

/**
 * {@code container_add_key(type, desc, payload, cfd)} (OP-41): the supervisor (whoever holds the
 * cfd) adds or updates a key in the container keyring, created on demand. Returns the serial.
 */
@NodeInfo(shortName = "container_add_key")
@BuiltinSignature({"string", "string", "string|nil", "fd"})
public abstract class ContainerAddKeyBuiltin extends CsBuiltinNode {

    @Specialization
    protected long add(String type, String desc, String payload, long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> k.keys().containerAddKey(s, type, desc, payload, number));
    }

    @Specialization
    protected long addNoPayload(String type, String desc, Nil payload, long cfd) {
        int number = fdNumber(cfd);
        return kernelCall((k, s) -> k.keys().containerAddKey(s, type, desc, null, number));
    }
}
