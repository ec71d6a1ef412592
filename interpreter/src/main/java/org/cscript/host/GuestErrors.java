package org.cscript.host;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.cscript.language.Diagnostic;
import org.cscript.language.SourceFile;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * How a run's failure reads: a scenario error as "FILE:LINE:COL: error: MESSAGE" with the line,
 * a caret and the calls that led to it (an error inside a std module placed at the user's call),
 * a syntax error as the front end printed it, a bug as an internal-error report.
 */
final class GuestErrors {
    private GuestErrors() {
    }

    static ScenarioResult.Status report(PolyglotException e, PrintStream err) {
        if (e.isResourceExhausted()) {
            // Typically unbounded recursion in the script: a scenario failure, not a cscript bug.
            err.println("error: " + e.getMessage() + " (is there unbounded recursion?)");
            return ScenarioResult.Status.FAILED;
        }
        if (e.isSyntaxError()) {
            err.println(e.getMessage());
            return ScenarioResult.Status.INVALID;
        }
        if (e.isInternalError() || e.isHostException() || !e.isGuestException()) {
            err.print(Failures.internalErrorReport(e));
            return ScenarioResult.Status.INTERNAL_ERROR;
        }
        err.println(formatGuestError(e));
        return ScenarioResult.Status.FAILED;
    }

    /**
     * "FILE:LINE:COL: error: MESSAGE" with the source line and a caret, like the static checks.
     * Lines of the message after its first (a failed assert's values) are details: they follow
     * the caret.
     */
    static String formatGuestError(PolyglotException e) {
        SourceSection at = e.getSourceLocation();
        if (at == null || !at.isAvailable()) {
            return "error: " + e.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int headlineEnd = message.indexOf('\n');
        String headline = headlineEnd < 0 ? message : message.substring(0, headlineEnd);
        String details = headlineEnd < 0 ? "" : message.substring(headlineEnd);
        List<PolyglotException.StackFrame> frames = guestFrames(e);
        int shown = 0;
        if (inStandardLibrary(at)) {
            // a library function misused: the error belongs at the user's call, the library's line is a detail
            for (int i = 0; i < frames.size(); i++) {
                if (!inStandardLibrary(frames.get(i).getSourceLocation())) {
                    // the headline names the function the user called, the detail the one that failed
                    String called = i > 0 ? frames.get(i - 1).getRootName() : null;
                    String failed = frames.isEmpty() ? null : frames.get(0).getRootName();
                    details = "\n  inside " + (failed == null ? "" : failed + ", ") + where(at) + details;
                    headline = (called == null ? "" : called + ": ") + headline;
                    at = frames.get(i).getSourceLocation();
                    shown = i;
                    break;
                }
            }
        }
        SourceFile file = new SourceFile(at.getSource().getName(), at.getSource().getCharacters().toString());
        return Diagnostic.ofRange(file, at.getStartLine(), at.getStartColumn(), at.getEndLine(), at.getEndColumn(),
                at.getSource().getLineLength(at.getStartLine()), headline).format() + details
                + callers(frames.subList(Math.min(shown + 1, frames.size()), frames.size()));
    }

    /** A module of the standard library (import "std/..."), shipped in the jar. */
    private static boolean inStandardLibrary(SourceSection at) {
        return at != null && at.getSource().getName().startsWith("std/");
    }

    private static String where(SourceSection at) {
        return at.getSource().getName() + ":" + at.getStartLine() + ":" + at.getStartColumn();
    }

    /** The script frames of the error, innermost (the failing statement) first. */
    private static List<PolyglotException.StackFrame> guestFrames(PolyglotException e) {
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                frames.add(frame);
            }
        }
        return frames;
    }

    /** "  called from FILE:LINE:COL" for each script function call that led to the error. */
    private static String callers(List<PolyglotException.StackFrame> outer) {
        List<String> calls = new ArrayList<>();
        for (PolyglotException.StackFrame frame : outer) {
            calls.add(where(frame.getSourceLocation()));
        }
        return CallerList.format(calls);
    }

}
