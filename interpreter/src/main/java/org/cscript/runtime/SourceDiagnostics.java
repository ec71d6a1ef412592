package org.cscript.runtime;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** Formats a diagnostic at a character range of a Truffle source (FILE:LINE:COL, line, caret). */
public final class SourceDiagnostics {
    private SourceDiagnostics() {
    }

    public static String format(Source source, int start, int length, String message) {
        int safeStart = Math.max(0, Math.min(start, source.getLength()));
        int safeLength = Math.max(0, Math.min(length, source.getLength() - safeStart));
        SourceSection section = source.createSection(safeStart, safeLength);
        return format(source.getName(), section.getStartLine(), section.getStartColumn(),
                source.getLength() == 0 ? "" : source.getCharacters(section.getStartLine()).toString(),
                lengthOnFirstLine(section), message);
    }

    private static int lengthOnFirstLine(SourceSection section) {
        if (section.getStartLine() == section.getEndLine()) {
            return Math.max(1, section.getEndColumn() - section.getStartColumn() + 1);
        }
        return Math.max(1, section.getSource().getLineLength(section.getStartLine()) - section.getStartColumn() + 1);
    }

    /** "FILE:LINE:COL: error: MESSAGE", the source line, and a caret line under the range. */
    public static String format(String file, int line, int column, String sourceLine, int length, String message) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(line).append(':').append(column).append(": error: ").append(message).append('\n');
        out.append("  ").append(sourceLine).append('\n').append("  ");
        for (int i = 0; i < column - 1; i++) {
            out.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^').append("~".repeat(Math.max(0, length - 1)));
        return out.toString();
    }
}
