package org.cscript.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.TruffleObject;
import java.util.EnumMap;
import java.util.Map;
import org.cscript.abi.Errno;

/**
 * An errno name as a value ({@code EPERM}, or the result of a failed {@code try}). One instance
 * per errno, so {@code r == EPERM} is an identity comparison.
 */
@ExportLibrary(InteropLibrary.class)
public final class ErrnoValue implements TruffleObject {
    private static final Map<Errno, ErrnoValue> VALUES = new EnumMap<>(Errno.class);

    static {
        for (Errno e : Errno.values()) {
            VALUES.put(e, new ErrnoValue(e));
        }
    }

    private final Errno errno;

    private ErrnoValue(Errno errno) {
        this.errno = errno;
    }

    public static ErrnoValue of(Errno errno) {
        return VALUES.get(errno);
    }

    public Errno errno() {
        return errno;
    }

    @Override
    public String toString() {
        return errno.name();
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
