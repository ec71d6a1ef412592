package org.cscript.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Splits string literal bodies and audit values into text and {@code ${expr}} parts, resolving
 * escapes ({@code \n \r \t \" \\ \$ \0}). Offsets are relative to the start of the given text.
 */
final class TemplateSplitter {
    /** A text part (expression == false) or the source of an interpolated expression. */
    record Part(boolean expression, String text, int offset) {
    }

    private TemplateSplitter() {
    }

    /**
     * @param escapes true for "quoted" text (C escapes), false for bare audit values (a
     *     backslash takes the next character literally)
     * @param error receives (offset, message) for a malformed part
     */
    static List<Part> split(String text, boolean escapes, BiConsumer<Integer, String> error) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int textStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (!escapes) {
                    current.append(next);
                } else {
                    switch (next) {
                        case 'n' -> current.append('\n');
                        case 'r' -> current.append('\r');
                        case 't' -> current.append('\t');
                        case '0' -> current.append('\0');
                        case '"', '\\', '$' -> current.append(next);
                        default -> error.accept(i, "unknown escape sequence '\\" + next + "'");
                    }
                }
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    error.accept(i, "unterminated interpolation '${'");
                    return parts;
                }
                if (!current.isEmpty()) {
                    parts.add(new Part(false, current.toString(), textStart));
                    current.setLength(0);
                }
                String source = text.substring(i + 2, end);
                if (source.isBlank()) {
                    error.accept(i, "empty interpolation '${}'");
                }
                parts.add(new Part(true, source, i + 2));
                i = end + 1;
                textStart = i;
            } else {
                current.append(c);
                i++;
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(false, current.toString(), textStart));
        }
        return parts;
    }

    /** Index of the '}' closing an interpolation that starts at {@code from}, skipping strings. */
    private static int closingBrace(String text, int from) {
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }
}
