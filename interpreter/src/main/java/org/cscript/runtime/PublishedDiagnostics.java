package org.cscript.runtime;

import java.util.ArrayList;
import java.util.List;
import org.cscript.coverage.TabFields;

/**
 * The syntax and static-check diagnostics of a failed compilation as data, published under
 * {@link #BINDING} next to the formatted {@link CsSyntaxError} message, so that a host (the
 * language server) can place each one in an editor without reading the text back. One line per
 * diagnostic of tab-separated fields: file name, line, column (1-based), length, message, each
 * with {@code \}, tab and newline escaped.
 */
public final class PublishedDiagnostics {
    /** The polyglot binding under which the compiler publishes its diagnostics. */
    public static final String BINDING = "cscript.diagnostics";

    /** One diagnostic: {@code file} as the user named it, 1-based line and column, at least one character long. */
    public record Entry(String file, int line, int column, int length, String message) {
    }

    private PublishedDiagnostics() {
    }

    public static String encode(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(TabFields.escape(e.file())).append('\t').append(e.line()).append('\t').append(e.column()).append('\t')
                    .append(e.length()).append('\t').append(TabFields.escape(e.message())).append('\n');
        }
        return out.toString();
    }

    /** The entries of {@link #encode}'s text, in order. */
    public static List<Entry> decode(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("not an encoded diagnostic: " + line);
            }
            entries.add(new Entry(TabFields.unescape(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), TabFields.unescape(f[4])));
        }
        return entries;
    }
}
