package org.cscript.runtime;

import com.oracle.truffle.api.interop.TruffleObject;
import java.util.EnumMap;
import java.util.Map;
import org.cscript.abi.Capability;

/** A capability name as a value ({@code CAP_SYS_ADMIN}); one instance per capability. */
public final class CapabilityValue implements TruffleObject {
    private static final Map<Capability, CapabilityValue> VALUES = new EnumMap<>(Capability.class);

    static {
        for (Capability c : Capability.values()) {
            VALUES.put(c, new CapabilityValue(c));
        }
    }

    private final Capability capability;

    private CapabilityValue(Capability capability) {
        this.capability = capability;
    }

    public static CapabilityValue of(Capability capability) {
        return VALUES.get(capability);
    }

    public Capability capability() {
        return capability;
    }

    @Override
    public String toString() {
        return capability.name();
    }
}
