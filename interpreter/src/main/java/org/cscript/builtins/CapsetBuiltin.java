package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.EnumSet;
import java.util.Set;
import org.cscript.abi.Capability;
import org.cscript.runtime.CapabilityValue;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;

/** {@code capset([CAP_..., ...])}: the current task's new capability set (OP-10). Returns 0. */
@NodeInfo(shortName = "capset")
@BuiltinSignature("list")
public abstract class CapsetBuiltin extends CsBuiltinNode {

    @Specialization
    protected long capset(CsList capabilities) {
        Set<Capability> caps = toCapabilities(capabilities);
        return kernelRun((k, s) -> k.capset(s, caps));
    }

    @TruffleBoundary
    private Set<Capability> toCapabilities(CsList list) {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        for (Object element : list.elements()) {
            if (!(element instanceof CapabilityValue cap)) {
                throw CsError.expected(this, builtinName(), "a list of capabilities such as CAP_SYS_ADMIN", element);
            }
            caps.add(cap.capability());
        }
        return caps;
    }
}
