package org.cscript.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.TruffleObject;
import java.util.EnumMap;
import java.util.Map;
import org.cscript.abi.Capability;

/** A capability name as a value ({@code CAP_SYS_ADMIN}); one instance per capability. */
@ExportLibrary(InteropLibrary.class)
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

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return CscriptLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return ValueView.displayText(this);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return ValueType.of(this);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return new NameList(ValueView.fieldNames(this));
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return ValueView.hasField(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return ValueView.readField(this, member);
    }
}
