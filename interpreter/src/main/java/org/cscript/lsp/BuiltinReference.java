package org.cscript.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The builtin reference of docs/builtins/*.md as the build copies it into the jar
 * ({@value #FOLDER}): each builtin's entry, from its heading {@code ### `name(params)` — OP-xx}
 * to the next heading, and each named constant's row of constants.md. The pages are those the
 * reference's README links to in its table of pages.
 */
public final class BuiltinReference {
    static final String FOLDER = "org/cscript/lsp/reference/";
    private static final Pattern PAGE_LINK = Pattern.compile("^\\| \\[([a-z_]+\\.md)\\]\\(\\1\\) \\|");
    private static final Pattern HEADING = Pattern.compile("^### `(([A-Za-z_][A-Za-z0-9_]*)\\(.*\\))` — (.+)$");
    private static final Pattern CONSTANT_NAME = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    /** A builtin's entry: its signature as the heading writes it, its operation ("OP-19", "helper", "proposal"), its text. */
    public record Entry(String name, String signature, String operation, String text) {
        /** The entry as Markdown, for a hover. */
        public String markdown() {
            return "**`" + signature + "`** — " + operation + "\n\n" + text;
        }
    }

    /** A constant's row: its value and what the table says of it, under its section's title. */
    public record Constant(String name, String value, String meaning, String section) {
        public String markdown() {
            return "**`" + name + "`** = `" + value + "`" + (meaning.isEmpty() ? "" : " — " + meaning)
                    + "\n\n" + section;
        }
    }

    private final Map<String, Entry> builtins = new LinkedHashMap<>();
    private final Map<String, Constant> constants = new LinkedHashMap<>();

    private BuiltinReference() {
    }

    private static final class Holder {
        static final BuiltinReference INSTANCE = load();
    }

    /** The reference in the jar, read once. */
    public static BuiltinReference get() {
        return Holder.INSTANCE;
    }

    public Entry builtin(String name) {
        return builtins.get(name);
    }

    public Constant constant(String name) {
        return constants.get(name);
    }

    public Map<String, Entry> builtins() {
        return builtins;
    }

    private static BuiltinReference load() {
        BuiltinReference reference = new BuiltinReference();
        for (String line : read("README.md").split("\n")) {
            Matcher link = PAGE_LINK.matcher(line);
            if (link.find()) {
                reference.parsePage(read(link.group(1)), link.group(1).equals("constants.md"));
            }
        }
        return reference;
    }

    private void parsePage(String page, boolean constantTables) {
        List<String> lines = page.lines().toList();
        String section = "";
        Entry open = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            boolean anyHeading = line.startsWith("#");
            if (open != null && anyHeading) {
                put(open, text);
                open = null;
            }
            if (heading.matches()) {
                open = new Entry(heading.group(2), heading.group(1), heading.group(3), "");
                text.setLength(0);
                continue;
            }
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            }
            if (open != null) {
                text.append(line).append('\n');
                continue;
            }
            if (constantTables && line.startsWith("| `")) {
                constantRow(line, section);
            }
        }
        if (open != null) {
            put(open, text);
        }
    }

    /**
     * A table row of constants.md: "| `NAME` | value | meaning |", or several "`NAME` | value"
     * pairs side by side (the signals).
     */
    private void constantRow(String line, String section) {
        String[] cells = line.substring(1).split("\\|");
        for (int i = 0; i + 1 < cells.length; ) {
            Matcher name = CONSTANT_NAME.matcher(cells[i].strip());
            if (!name.matches()) {
                i++;
                continue;
            }
            String value = cells[i + 1].strip();
            String meaning = "";
            if (i + 2 < cells.length && !CONSTANT_NAME.matcher(cells[i + 2].strip()).matches()) {
                meaning = cells[i + 2].strip();
                i++;
            }
            constants.putIfAbsent(name.group(1), new Constant(name.group(1), value, meaning, section));
            i += 2;
        }
    }

    private void put(Entry open, StringBuilder text) {
        builtins.put(open.name(), new Entry(open.name(), open.signature(), open.operation(), text.toString().strip()));
    }

    private static String read(String page) {
        try (InputStream in = BuiltinReference.class.getClassLoader().getResourceAsStream(FOLDER + page)) {
            if (in == null) {
                throw new IllegalStateException("the builtin reference page " + page + " is not in the jar (" + FOLDER + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
