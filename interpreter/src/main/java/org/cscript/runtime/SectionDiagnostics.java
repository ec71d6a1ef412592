package org.cscript.runtime;

import org.cscript.language.Diagnostic;
import org.cscript.language.SourceFile;

/**
 * The one rendering of an error at a source section, shared by the static checks (Truffle
 * sections) and runtime errors (polyglot sections, which have the same coordinates but another
 * type): a {@link Diagnostic} at the section's first character; a section over several lines is
 * underlined only to the end of its first line.
 */
final class SectionDiagnostics {
    private SectionDiagnostics() {
    }

    /** A static-check error at a section of {@code file}'s source. */
    static String format(SourceFile file, com.oracle.truffle.api.source.SourceSection at, String message) {
        return format(file, at.getStartLine(), at.getStartColumn(), at.getEndLine(), at.getEndColumn(),
                at.getSource().getLineLength(at.getStartLine()), message);
    }

    /** A runtime error at a section, as seen from outside the language. */
    static String format(org.graalvm.polyglot.SourceSection at, String message) {
        SourceFile file = new SourceFile(at.getSource().getName(), at.getSource().getCharacters().toString());
        return format(file, at.getStartLine(), at.getStartColumn(), at.getEndLine(), at.getEndColumn(),
                at.getSource().getLineLength(at.getStartLine()), message);
    }

    /** Columns are 1-based, in chars; {@code lineLength} is the start line's length without terminator. */
    private static String format(SourceFile file, int line, int column, int endLine, int endColumn, int lineLength,
                                 String message) {
        int length = line == endLine ? endColumn - column + 1 : lineLength - column + 1;
        return new Diagnostic(file, line, column, Math.max(1, length), message).format();
    }
}
