package org.cscript.host;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cscript.kernel.ScenarioMistake;

/**
 * Tells a user's mistake from a bug in cscript wherever an exception reaches the top (the CLI,
 * the golden runner, the REPL loop), so all of them draw the line in the same place: a mistake
 * is reported as its message alone; anything else is an internal error, and only an internal
 * error is printed with its stack trace.
 */
public final class Failures {
    /** The start of every internal-error report. */
    public static final String INTERNAL = "internal error (this is a bug in cscript)";

    private Failures() {
    }

    /**
     * INVALID for a bad option, FAILED for a mistake the kernel model refused (a
     * {@link ScenarioMistake}), INTERNAL_ERROR for anything else.
     */
    public static ScenarioResult.Status classify(Throwable failure) {
        return switch (failure) {
            case InvalidOptionsException _ -> ScenarioResult.Status.INVALID;
            case ScenarioMistake _ -> ScenarioResult.Status.FAILED;
            default -> ScenarioResult.Status.INTERNAL_ERROR;
        };
    }

    /** True unless {@link #classify} calls it a bug in cscript. */
    public static boolean isUserError(Throwable failure) {
        return classify(failure) != ScenarioResult.Status.INTERNAL_ERROR;
    }

    /** "internal error (this is a bug in cscript): MESSAGE", a newline, then the stack trace. */
    public static String internalErrorReport(Throwable failure) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        String message = failure.getMessage();
        out.println(INTERNAL + ": " + (message == null ? failure.getClass().getName() : message));
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
