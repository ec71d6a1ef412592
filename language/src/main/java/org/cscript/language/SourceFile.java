package org.cscript.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A script's text together with the name the user gave for it (used verbatim in diagnostics).
 * Lines are split on '\n' exactly as the lexer counts them; a '\r' before it is not part of the line.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final List<String> lines;

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.lines = splitLines(text);
    }

    /** Reads a UTF-8 file; the name is the path as given. A leading byte order mark is dropped. */
    public static SourceFile read(Path path) throws IOException {
        String content = Files.readString(path, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        return new SourceFile(path.toString(), content);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text of a 1-based line without its terminator; "" for lines before 1 or past the end. */
    public String line(int oneBasedLine) {
        if (oneBasedLine < 1 || oneBasedLine > lines.size()) {
            return "";
        }
        return lines.get(oneBasedLine - 1);
    }

    /** Number of lines; a final line terminator does not start another line. */
    public int lineCount() {
        return lines.size();
    }

    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            result.add(text.substring(start, contentEnd));
            start = newline < 0 ? text.length() : newline + 1;
        }
        return result;
    }

    @Override
    public String toString() {
        return name;
    }
}
