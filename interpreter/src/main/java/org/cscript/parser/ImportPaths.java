package org.cscript.parser;

import java.util.regex.Pattern;

/**
 * What an {@code import "PATH"} may say before any file is looked at. Everything here is about
 * the text: the host's file system (a confined one, see docs/sandbox.md) decides what a path
 * reaches. A path with a control character never reaches it, so the message can point at the
 * character instead of the JDK's "Nul character not allowed".
 */
final class ImportPaths {
    /** Longer than any import a person writes, well below PATH_MAX (4096). */
    static final int MAX_LENGTH = 1024;
    private static final Pattern STANDARD_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private ImportPaths() {
    }

    /** Why {@code path} cannot be imported as written, or null if it may be looked up. */
    static String problem(String path) {
        if (path.isEmpty()) {
            return "an empty path";
        }
        if (path.length() > MAX_LENGTH) {
            return "a path of " + path.length() + " characters (at most " + MAX_LENGTH + ")";
        }
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            String what = invisible(c);
            if (what != null) {
                return what + " (" + codePoint(c) + ") at character " + (path.codePointCount(0, i) + 1)
                        + " of the path";
            }
            i += Character.charCount(c);
        }
        if (path.indexOf('\\') >= 0) {
            return "a backslash in the path (folders are separated by '/')";
        }
        if (path.startsWith("/")) {
            return "an absolute path (imports are relative to the importing file's folder)";
        }
        if (isStandard(path)) {
            String name = standardName(path);
            if (!STANDARD_NAME.matcher(name).matches()) {
                return "not a standard module name (std/NAME, where NAME has only letters, digits, '_' and '-')";
            }
        }
        return null;
    }

    static boolean isStandard(String path) {
        return path.startsWith("std/");
    }

    /** "scenario" for "std/scenario" and "std/scenario.cscript". */
    static String standardName(String path) {
        String name = path.substring("std/".length());
        return name.endsWith(".cscript") ? name.substring(0, name.length() - ".cscript".length()) : name;
    }

    /** The path as a string literal, with the characters that would not show escaped: for messages. */
    static String quoted(String path) {
        StringBuilder out = new StringBuilder("\"");
        path.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (invisible(c) != null) {
                        out.append('<').append(codePoint(c)).append('>');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        if (out.length() > 200) {
            out.setLength(80);
            out.append("...");
        }
        return out.append('"').toString();
    }

    /** "a control character", "an invisible formatting character" ..., or null for a visible one. */
    private static String invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL -> "a control character";
            case Character.FORMAT -> "an invisible formatting character";
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "a line separator";
            default -> null;
        };
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
