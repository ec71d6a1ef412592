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

    /**
     * The compiler-style rendering, without a trailing newline:
     * <pre>
     * FILE:LINE:COL: error: MESSAGE
     *   source line
     *   ^~~~
     * </pre>
     * The caret line copies the tabs of the source line before the column so it lines up in a terminal.
     */
    public String format() {
        String source = file.line(line);
        StringBuilder out = new StringBuilder();
        out.append(file.name()).append(':').append(line).append(':').append(column)
                .append(": error: ").append(message).append('\n');
        out.append("  ").append(source).append('\n');
        out.append("  ");
        int[] codePoints = source.codePoints().toArray();
        for (int i = 0; i < column - 1; i++) {
            out.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
        }
        out.append('^').append("~".repeat(length - 1));
        return out.toString();
    }
}
