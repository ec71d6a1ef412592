package org.cscript.language;

/**
 * One error in a script, located at a 1-based line and column (counted in characters of that
 * line, a tab being one character) and spanning {@code length} characters.
 */
public record Diagnostic(SourceFile file, int line, int column, int length, String message) {

    public Diagnostic {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
        length = Math.max(1, length);
    }

    /**
     * An error over a source range from {@code line:column} to {@code endLine:endColumn}
     * (inclusive, 1-based, as Truffle and polyglot source sections give them); a range over
     * several lines is underlined to the end of its first line, {@code lineLength} characters long.
     */
    public static Diagnostic ofRange(SourceFile file, int line, int column, int endLine, int endColumn,
            int lineLength, String message) {
        int length = line == endLine ? endColumn - column + 1 : lineLength - column + 1;
        return new Diagnostic(file, line, column, Math.max(1, length), message);
    }

    /** Source lines longer than this are shown as a window around the column. */
    static final int MAX_SHOWN = 120;
    private static final int BEFORE_COLUMN = 50;
    private static final String ELLIPSIS = "...";

    /**
     * The compiler-style rendering, without a trailing newline:
     * <pre>
     * FILE:LINE:COL: error: MESSAGE
     *   source line
     *   ^~~~
     * </pre>
     * The caret line copies the tabs of the source line before the column so it lines up in a
     * terminal. A line longer than {@value #MAX_SHOWN} characters is cut to a window around the
     * column, marked with "...", so a huge line gives a short message.
     */
    public String format() {
        int[] line = file.line(this.line).codePoints().toArray();
        int from = 0;
        int to = line.length;
        if (line.length > MAX_SHOWN) {
            from = Math.max(0, Math.min(column - 1 - BEFORE_COLUMN, line.length - MAX_SHOWN));
            to = Math.min(line.length, from + MAX_SHOWN);
        }
        String lead = from > 0 ? ELLIPSIS : "";
        StringBuilder out = new StringBuilder();
        out.append(file.name()).append(':').append(this.line).append(':').append(column)
                .append(": error: ").append(message).append('\n');
        out.append("  ").append(lead).append(new String(line, from, to - from)).append(to < line.length ? ELLIPSIS : "")
                .append('\n');
        out.append("  ").append(" ".repeat(lead.length()));
        for (int i = from; i < column - 1; i++) {
            out.append(i < line.length && line[i] == '\t' ? '\t' : ' ');
        }
        int shown = Math.max(1, Math.min(length, to - (column - 1)));
        out.append('^').append("~".repeat(shown - 1));
        return out.toString();
    }
}
