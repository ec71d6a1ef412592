package org.cscript.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cscript.abi.AddressFamily;
import org.cscript.abi.Capability;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.Errno;
import org.cscript.abi.FileFlags;
import org.cscript.abi.Keyctl;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.MoveMountFlags;
import org.cscript.abi.NsKind;
import org.cscript.abi.Signal;
import org.cscript.abi.Unset;
import org.cscript.runtime.CapabilityValue;
import org.cscript.runtime.ErrnoValue;
import org.cscript.runtime.Numbers;

/** Named constants scripts can use, derived from {@link org.cscript.abi} (never retyped here). */
public final class Constants {
    private static final Map<String, Object> VALUES = build();

    private Constants() {
    }

    private static Map<String, Object> build() {
        Map<String, Object> c = new LinkedHashMap<>();
        // Every number comes from the ABI package (kernel-model.md Appendix A and B).
        c.putAll(ContainerFlags.byScriptName());
        for (NsKind kind : NsKind.values()) {
            c.put(kind.cloneFlagName(), kind.cloneFlag());
        }
        for (Signal signal : Signal.values()) {
            c.put(signal.name(), signal.number());
        }
        c.putAll(FileFlags.byScriptName());
        c.putAll(Keyctl.byScriptName());
        for (AddressFamily family : AddressFamily.values()) {
            c.put(family.name(), family.number());
        }
        // OP-26 .. OP-38 container set-up: fsconfig commands and move_mount flags
        for (FsconfigCommand command : FsconfigCommand.values()) {
            c.put(command.scriptName(), command.number());
        }
        c.putAll(MoveMountFlags.byScriptName());
        // The unset values as scripts write them: UNSET and UNSET64 are (u64)-1, UNSET32 is (u32)-1.
        c.put("UNSET", Numbers.U64_MAX);
        c.put("UNSET64", Numbers.U64_MAX);
        c.put("UNSET32", Unset.U32);
        for (Capability cap : Capability.values()) {
            c.put(cap.name(), CapabilityValue.of(cap));
        }
        for (Errno errno : Errno.values()) {
            c.put(errno.name(), ErrnoValue.of(errno));
        }
        return Collections.unmodifiableMap(c);
    }

    /** The constant's value (Long, BigInteger, ErrnoValue or CapabilityValue), or null. */
    public static Object lookup(String name) {
        return VALUES.get(name);
    }

    public static Map<String, Object> all() {
        return VALUES;
    }
}
