package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code keyctl_set_container_keyring(cfd, ring)}: keyctl(KEYCTL_SET_CONTAINER_KEYRING, cfd, ring)
 * (OP-40) points the container at a keyring the current task possesses. Returns 0.
 */
@NodeInfo(shortName = "keyctl_set_container_keyring")
@BuiltinSignature({"fd", "int"})
public abstract class KeyctlSetContainerKeyringBuiltin extends CsBuiltinNode {

    @Specialization
    protected long set(long cfd, long ring) {
        int number = fdNumber(cfd);
        long serial = checked(ArgumentRange.KEY_SERIAL, ring);
        return kernelRun((k, s) -> k.keys().keyctlSetContainerKeyring(s, number, serial));
    }
}
