package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Syntax and static-check errors of a script (and of the files it imports). The message holds
 * every diagnostic, already formatted with file, position and caret, one after another. The
 * exception type PARSE_ERROR makes the host see {@code PolyglotException.isSyntaxError()}.
 */
@ExportLibrary(InteropLibrary.class)
public final class CsSyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    @TruffleBoundary
    public CsSyntaxError(String formattedDiagnostics) {
        super(formattedDiagnostics);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }
}
