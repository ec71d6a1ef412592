package org.cscript.runtime;

import com.oracle.truffle.api.interop.TruffleObject;
import java.util.EnumMap;
import java.util.Map;
import org.cscript.abi.Errno;

/**
 * An errno name as a value ({@code EPERM}, or the result of a failed {@code try}). One instance
 * per errno, so {@code r == EPERM} is an identity comparison.
 */
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
}
