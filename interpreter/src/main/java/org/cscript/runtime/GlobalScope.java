package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Map;

/**
 * The globals a tool sees: the top-level variables whose {@code let} has run, in definition
 * order. The language's top scope ({@link CscriptLanguage#getScope}): DevTools shows it as
 * <i>Global</i> beside each frame's local scope.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalScope implements TruffleObject {
    private final Globals globals;

    GlobalScope(Globals globals) {
        this.globals = globals;
    }

    @ExportMessage
    boolean isScope() {
        return true;
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
        return "globals";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new NameList(globals.defined().keySet().toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return globals.isDefined(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Map<String, Object> defined = globals.defined();
        Object value = defined.get(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return ValueView.interop(value);
    }
}
