package org.cscript.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A file descriptor returned by an operation: its number plus what it was opened for
 * ({@code .fd}, {@code .kind}; for container fds {@code .name} and {@code .id}). In arithmetic,
 * comparisons and kernel calls it is its number (see {@link CsTypes}).
 *
 * @param kind the file kind as the kernel describes it (e.g. "container", "nsfs", "socket")
 * @param name the container name for container fds, else null
 * @param id the container id for container fds, else -1
 */
@ExportLibrary(InteropLibrary.class)
public record FdValue(long number, String kind, String name, long id) implements TruffleObject {

    @Override
    public String toString() {
        return Long.toString(number);
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
