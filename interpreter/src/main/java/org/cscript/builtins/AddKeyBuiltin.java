package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.abi.Keyctl;
import org.cscript.runtime.Nil;

/**
 * {@code add_key(type, desc, payload, dest)} (OP-39): adds or updates a key in a keyring and
 * returns its serial. {@code dest} is {@code "@t"}, {@code "@p"}, {@code "@s"} (the current task's
 * thread, process or session keyring, created on demand) or a keyring serial; a nil payload is
 * none (keyrings take none).
 */
@NodeInfo(shortName = "add_key")
@BuiltinSignature({"string", "string", "string|nil", "string|int"})
public abstract class AddKeyBuiltin extends CsBuiltinNode {

    @Specialization
    protected long toSerial(String type, String desc, String payload, long dest) {
        long ring = checked(ArgumentRange.KEY_SERIAL, dest);
        return kernelCall((k, s) -> k.keys().addKey(s, type, desc, payload, ring));
    }

    @Specialization
    protected long toSerialNoPayload(String type, String desc, Nil payload, long dest) {
        long ring = checked(ArgumentRange.KEY_SERIAL, dest);
        return kernelCall((k, s) -> k.keys().addKey(s, type, desc, null, ring));
    }

    @Specialization
    protected long toOwn(String type, String desc, String payload, String dest) {
        long ring = special(dest);
        return kernelCall((k, s) -> k.keys().addKey(s, type, desc, payload, ring));
    }

    @Specialization
    protected long toOwnNoPayload(String type, String desc, Nil payload, String dest) {
        long ring = special(dest);
        return kernelCall((k, s) -> k.keys().addKey(s, type, desc, null, ring));
    }

    /** "@t", "@p", "@s" as the kernel's special keyring ids; any other text is a scenario error. */
    @TruffleBoundary
    private long special(String dest) {
        Long id = Keyctl.specialKeyring(dest);
        if (id == null) {
            throw error("dest must be \"@t\", \"@p\", \"@s\" or a keyring serial, not \"" + dest + "\"");
        }
        return id;
    }
}
