package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.runtime.CapabilityValue;

/** {@code drop_cap(CAP_X)}: capset to the current set without one capability (OP-10). Returns 0. */
@NodeInfo(shortName = "drop_cap")
@BuiltinSignature("cap")
public abstract class DropCapBuiltin extends CsBuiltinNode {

    @Specialization
    protected long dropCap(CapabilityValue capability) {
        return kernelRun((k, s) -> {
            Set<Capability> caps = s.caps();
            caps.remove(capability.capability());
            k.capset(s, caps);
        });
    }
}
