package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.LinkedHashMap;
import java.util.Map;

/** Top-level variables of the script and its modules (one namespace per context). */
public final class Globals {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The value, or null before the variable's {@code let} has run. */
    @TruffleBoundary
    public Object read(String name) {
        return values.get(name);
    }

    @TruffleBoundary
    public void write(String name, Object value) {
        values.put(name, value);
    }

    @TruffleBoundary
    public boolean isDefined(String name) {
        return values.containsKey(name);
    }
}
