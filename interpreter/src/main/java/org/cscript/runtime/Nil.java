package org.cscript.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The value {@code nil}: a single instance, shown to the host as a null value. */
@ExportLibrary(InteropLibrary.class)
public final class Nil implements TruffleObject {
    public static final Nil INSTANCE = new Nil();

    private Nil() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "nil";
    }
}
