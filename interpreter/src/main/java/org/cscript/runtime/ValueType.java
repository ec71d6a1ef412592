package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.EnumMap;
import java.util.Map;

/** The type of a cscript value as a tool's meta object ("task", "fd", "integer" ...: {@link ValueKind}). */
@ExportLibrary(InteropLibrary.class)
public final class ValueType implements TruffleObject {
    private static final Map<ValueKind, ValueType> TYPES = new EnumMap<>(ValueKind.class);

    static {
        for (ValueKind kind : ValueKind.values()) {
            TYPES.put(kind, new ValueType(kind));
        }
    }

    private final ValueKind kind;

    private ValueType(ValueKind kind) {
        this.kind = kind;
    }

    @TruffleBoundary
    static ValueType of(Object value) {
        return TYPES.get(ValueKind.of(value));
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
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaQualifiedName() {
        return kind.displayName();
    }

    @ExportMessage
    Object getMetaSimpleName() {
        return kind.displayName();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        Object value = instance instanceof ValueView view ? view.value : instance;
        return ValueKind.of(value) == kind;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return kind.displayName();
    }
}
