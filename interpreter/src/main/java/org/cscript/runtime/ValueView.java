package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * How a cscript value looks to a Truffle tool (the language view, {@link CscriptLanguage#getLanguageView}):
 * what the debugger (Chrome DevTools, a DAP client, the polyglot {@code Debugger} API) shows for a
 * local or a field. Its display text is the script's own ({@link Values#display}) but richer for
 * a task ({@code task(pid=101, tid=101, comm=runc, contid=42)}) and an fd; a task's members are
 * its live fields ({@link TaskFields}), an fd's, an errno's and a capability's are theirs, a
 * list's elements are array elements, and every value has a type ({@link ValueType}).
 * Values with fields export the same messages themselves ({@link TaskHandle}, {@link FdValue},
 * {@link ErrnoValue}, {@link CapabilityValue}), as the debugger reads members of the value, not of its view.
 */
@ExportLibrary(InteropLibrary.class)
public final class ValueView implements TruffleObject {
    private static final String[] FD_FIELDS = {"fd", "kind", "name", "id"};
    private static final String[] ERRNO_FIELDS = {"name", "number"};
    private static final String[] CAPABILITY_FIELDS = {"name"};
    private static final String[] NONE = {};

    final Object value;

    ValueView(Object value) {
        this.value = value;
    }

    /**
     * {@code value} as a valid interop value for a tool: primitives, strings and guest objects as
     * they are, the rest (long texts, integers beyond a long) behind a view.
     */
    public static Object interop(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Boolean || value instanceof String
                || value instanceof TruffleObject) {
            return value;
        }
        if (value instanceof CsText text) {
            return text.toString();
        }
        return new ValueView(value);
    }

    /** The text a debugger shows for the value. */
    @TruffleBoundary
    static String displayText(Object value) {
        if (value instanceof TaskHandle handle) {
            KernelSession session = CscriptContext.get(null).session();
            return "task(pid=" + handle.task().tgid() + ", tid=" + handle.task().tid() + ", comm="
                    + handle.task().comm() + ", contid=" + Values.display(TaskFields.read(session, handle.task(), "contid"))
                    + ")";
        }
        if (value instanceof FdValue fd) {
            return "fd " + fd.number() + " (" + fd.kind() + (fd.name() == null ? "" : " " + fd.name()) + ")";
        }
        if (CsText.asString(value) != null) {
            return Values.displayElement(value);
        }
        return Values.display(value);
    }

    /** The member names a tool sees on {@code value} (its fields; none for most values). */
    static String[] fieldNames(Object value) {
        if (value instanceof TaskHandle) {
            return TaskFields.NAMES;
        }
        if (value instanceof FdValue) {
            return FD_FIELDS;
        }
        if (value instanceof ErrnoValue) {
            return ERRNO_FIELDS;
        }
        if (value instanceof CapabilityValue) {
            return CAPABILITY_FIELDS;
        }
        return NONE;
    }

    /** The field {@code name} of {@code value} as an interop value, or null if it has none of that name. */
    @TruffleBoundary
    static Object field(Object value, String name) {
        Object field = switch (value) {
            case TaskHandle handle -> TaskFields.read(CscriptContext.get(null).session(), handle.task(), name);
            case FdValue fd -> switch (name) {
                case "fd" -> fd.number();
                case "kind" -> fd.kind();
                case "name" -> fd.name() == null ? Nil.INSTANCE : fd.name();
                case "id" -> fd.id() < 0 ? Nil.INSTANCE : (Object) fd.id();
                default -> null;
            };
            case ErrnoValue errno -> switch (name) {
                case "name" -> errno.errno().name();
                case "number" -> (long) errno.errno().number();
                default -> null;
            };
            case CapabilityValue capability -> name.equals("name") ? capability.capability().name() : null;
            default -> null;
        };
        return field == null ? null : interop(field);
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
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return displayText(value);
    }

    @ExportMessage
    boolean isNull() {
        return value == Nil.INSTANCE;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return ValueType.of(value);
    }

    /** Whether {@code value} has the field {@code member}. */
    @TruffleBoundary
    static boolean hasField(Object value, String member) {
        for (String name : fieldNames(value)) {
            if (name.equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** The field {@code member} of {@code value} (readMember of a value with fields). */
    @TruffleBoundary
    static Object readField(Object value, String member) throws UnknownIdentifierException {
        Object field = hasField(value, member) ? field(value, member) : null;
        if (field == null) {
            throw UnknownIdentifierException.create(member);
        }
        return field;
    }

    @ExportMessage
    boolean hasMembers() {
        return fieldNames(value).length > 0;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return new NameList(fieldNames(value));
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return hasField(value, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return readField(value, member);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return value instanceof CsList;
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        if (value instanceof CsList list) {
            return list.size();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return value instanceof CsList list && index >= 0 && index < list.size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return interop(((CsList) value).get((int) index));
    }

    @ExportMessage
    boolean isBoolean() {
        return value instanceof Boolean;
    }

    @ExportMessage
    boolean asBoolean() throws UnsupportedMessageException {
        if (value instanceof Boolean b) {
            return b;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    boolean isString() {
        return CsText.asString(value) != null;
    }

    @ExportMessage
    @TruffleBoundary
    String asString() throws UnsupportedMessageException {
        String s = CsText.asString(value);
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return s;
    }
}
