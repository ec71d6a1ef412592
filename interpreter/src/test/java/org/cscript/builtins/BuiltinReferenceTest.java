package org.cscript.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The builtin reference (docs/builtins/*.md) and the registry ({@link Builtins#all()}) agree:
 * every registered builtin has exactly one entry, every entry names a registered builtin, the
 * heading's parameters have the builtin's arity ({@code [, x]} marks an optional one), and its
 * OP number is the one the builtin class's Javadoc names ({@code helper} when it names none,
 * {@code proposal} when it names its design note in docs/proposals/).
 * The index (docs/builtins/README.md) lists the entries and links to them.
 *
 * <p>An entry heading is a line {@code ### `name(a, b[, c])` — OP-46}; several OP numbers are
 * separated by {@code ", "}, the first being the builtin's own. Every line starting with
 * {@code ### `} in these files must have this shape.
 */
class BuiltinReferenceTest {

    private static final Pattern HEADING = Pattern.compile(
            "### `([a-z_][a-z0-9_]*)\\(([^()`]*)\\)` — (helper|proposal|OP-\\d{2}(?:, OP-\\d{2})*)");
    private static final Pattern OP = Pattern.compile("OP-\\d{2}");
    /** The heading word of a builtin that belongs to a seed proposal, not to an OP of the model. */
    private static final String PROPOSAL = "proposal";
    private static final Pattern PARAMETER = Pattern.compile("[a-z_][a-z0-9_]*");
    /** A row of the index table: | `name(...)` | OP | summary | [page](file.md#anchor) | */
    private static final Pattern INDEX_ROW = Pattern.compile(
            "\\| `([a-z_][a-z0-9_]*)\\(([^()`]*)\\)` \\| ([^|]+) \\| [^|]+ \\| \\[[^]]+\\]\\(([^)#]+)#([^)]+)\\) \\|");

    /** One entry heading. */
    private record Entry(String file, int line, String name, String parameters, int minArity, int maxArity,
            List<String> ops, String heading) {

        String where() {
            return "docs/builtins/" + file + ":" + line;
        }

        /** The GitHub anchor of the heading: lower case, punctuation but '-' and '_' removed, spaces as '-'. */
        String anchor() {
            String text = heading.substring(4).replace("`", "").toLowerCase(Locale.ROOT);
            return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        }
    }

    private static Path root;
    /** The well-formed entry headings of every page, in file and line order. */
    private static List<Entry> entries;
    /** Lines that start like a heading but do not have its shape. */
    private static List<String> malformed;

    @BeforeAll
    static void readPages() {
        root = repositoryRoot();
        entries = new ArrayList<>();
        malformed = new ArrayList<>();
        readEntries(entries, malformed);
    }

    @Test
    void everyHeadingIsWellFormed() {
        assertTrue(malformed.isEmpty(),
                "malformed entry headings (expected ### `name(a, b[, c])` — OP-xx or — helper): " + malformed);
        assertFalse(entries.isEmpty(), "no entry headings in docs/builtins/*.md");
    }

    @Test
    void everyRegisteredBuiltinHasAnEntry() {
        List<String> missing = new ArrayList<>();
        for (String name : Builtins.all().keySet()) {
            if (entries.stream().noneMatch(e -> e.name().equals(name))) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "registered builtins without an entry in docs/builtins/*.md: " + missing
                + " (add a heading ### `name(...)` — OP-xx to the page of their area)");
    }

    @Test
    void everyEntryNamesARegisteredBuiltin() {
        List<String> unknown = new ArrayList<>();
        for (Entry e : entries) {
            if (Builtins.lookup(e.name()) == null) {
                unknown.add(e.where() + " " + e.name());
            }
        }
        assertTrue(unknown.isEmpty(), "entries naming no registered builtin: " + unknown);
    }

    @Test
    void noBuiltinHasTwoEntries() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Entry e : entries) {
            byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e.where());
        }
        List<String> twice = new ArrayList<>();
        byName.forEach((name, places) -> {
            if (places.size() > 1) {
                twice.add(name + " at " + places);
            }
        });
        assertTrue(twice.isEmpty(), "builtins with more than one entry: " + twice);
    }

    @Test
    void headingParametersHaveTheBuiltinsArity() {
        List<String> wrong = new ArrayList<>();
        for (Entry e : entries) {
            BuiltinInfo info = Builtins.lookup(e.name());
            if (info != null && (info.minArity() != e.minArity() || info.maxArity() != e.maxArity())) {
                wrong.add(e.where() + " " + e.name() + "(" + e.parameters() + "): the heading says "
                        + arity(e.minArity(), e.maxArity()) + ", @BuiltinSignature says "
                        + arity(info.minArity(), info.maxArity()));
            }
        }
        assertTrue(wrong.isEmpty(), "headings whose parameters differ from the builtin's signature: " + wrong);
    }

    @Test
    void headingOpIsTheOneTheBuiltinsJavadocNames() {
        List<String> wrong = new ArrayList<>();
        for (Entry e : entries) {
            BuiltinInfo info = Builtins.lookup(e.name());
            if (info == null) {
                continue;
            }
            Class<?> type = info.factory().getNodeClass();
            List<String> documented = opsNamedBy(classJavadoc(type));
            String heading = e.ops().isEmpty() ? "helper" : String.join(", ", e.ops());
            if (documented.isEmpty()) {
                if (!e.ops().isEmpty()) {
                    wrong.add(e.where() + " " + e.name() + ": the heading says " + heading + ", the Javadoc of "
                            + type.getSimpleName() + " names no OP (write — helper)");
                }
            } else if (e.ops().isEmpty() || !e.ops().getFirst().equals(documented.getFirst())
                    || !documented.containsAll(e.ops())) {
                wrong.add(e.where() + " " + e.name() + ": the heading says " + heading + ", the Javadoc of "
                        + type.getSimpleName() + " names " + documented + " (the first is the builtin's own)");
            }
        }
        assertTrue(wrong.isEmpty(), "headings whose OP differs from the builtin class's Javadoc: " + wrong);
    }

    @Test
    void theIndexListsEveryEntryAndLinksToIt() {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.putIfAbsent(e.name(), e));
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> lines = read(root.resolve("docs/builtins/README.md"));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INDEX_ROW.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String where = "docs/builtins/README.md:" + (i + 1) + " " + m.group(1);
            if (rows.put(m.group(1), i + 1) != null) {
                wrong.add(where + ": listed twice");
            }
            Entry e = byName.get(m.group(1));
            if (e == null) {
                wrong.add(where + ": no entry has this name");
                continue;
            }
            String ops = e.ops().isEmpty() ? "helper" : String.join(", ", e.ops());
            if (!m.group(2).equals(e.parameters()) || !m.group(3).equals(ops)) {
                wrong.add(where + ": the row says (" + m.group(2) + ") " + m.group(3) + ", the entry at " + e.where()
                        + " says (" + e.parameters() + ") " + ops);
            }
            if (!m.group(4).equals(e.file()) || !m.group(5).equals(e.anchor())) {
                wrong.add(where + ": links to " + m.group(4) + "#" + m.group(5) + ", the entry is " + e.file() + "#"
                        + e.anchor());
            }
        }
        for (Entry e : byName.values()) {
            if (!rows.containsKey(e.name())) {
                wrong.add(e.where() + " " + e.name() + ": no row in the index docs/builtins/README.md");
            }
        }
        assertFalse(rows.isEmpty(), "docs/builtins/README.md has no index rows");
        assertTrue(wrong.isEmpty(), "index and entries differ: " + wrong);
    }

    @Test
    void parameterListsAreParsedWithOptionalBrackets() {
        assertArity("", 0, 0);
        assertArity("t, value", 2, 2);
        assertArity("fd[, nstype]", 1, 2);
        assertArity("[t]", 0, 1);
        assertArity("target, saddr, daddr, proto[, mark]", 4, 5);
        assertArity("a[, b[, c]]", 1, 3);
    }

    private static void assertArity(String parameters, int min, int max) {
        int[] arity = parseArity(parameters);
        assertEquals(List.of(min, max), List.of(arity[0], arity[1]), parameters);
    }

    // ------------------------------------------------------------ reading the pages

    private static void readEntries(List<Entry> entries, List<String> malformed) {
        Path dir = root.resolve("docs/builtins");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = read(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.startsWith("### `")) {
                        continue;
                    }
                    String where = "docs/builtins/" + file.getFileName() + ":" + (i + 1);
                    Matcher m = HEADING.matcher(line);
                    int[] arity = m.matches() ? parseArity(m.group(2)) : null;
                    if (arity == null) {
                        malformed.add(where + ": " + line);
                        continue;
                    }
                    List<String> ops = m.group(3).equals("helper") ? List.of() : List.of(m.group(3).split(", "));
                    entries.add(new Entry(file.getFileName().toString(), i + 1, m.group(1), m.group(2), arity[0],
                            arity[1], ops, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {minArity, maxArity} of a heading's parameter list such as {@code fd[, nstype]}: a parameter
     * that starts inside brackets is optional; optional ones must be trailing. Null if malformed.
     */
    private static int[] parseArity(String parameters) {
        int required = 0;
        int optional = 0;
        int depth = 0;
        StringBuilder name = new StringBuilder();
        int nameDepth = 0;
        String text = parameters + ",";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == ',') {
                boolean last = i == text.length() - 1;
                if (name.isEmpty()) {
                    if (!(last && required == 0 && optional == 0 && parameters.isBlank())) {
                        return null;    // an empty parameter, such as "a, , b"
                    }
                } else if (!PARAMETER.matcher(name).matches()) {
                    return null;
                } else if (nameDepth > 0) {
                    optional++;
                } else if (optional > 0) {
                    return null;        // a required parameter after an optional one
                } else {
                    required++;
                }
                name.setLength(0);
            } else if (c != ' ') {
                if (name.isEmpty()) {
                    nameDepth = depth;
                }
                name.append(c);
            }
        }
        return depth == 0 ? new int[] {required, required + optional} : null;
    }

    private static String arity(int min, int max) {
        return min == max ? min + " parameter(s)" : min + " to " + max + " parameters";
    }

    /** The Javadoc comment right before the class's annotations, read from its source file. */
    private static String classJavadoc(Class<?> type) {
        Path source = root.resolve("interpreter/src/main/java").resolve(type.getName().replace('.', '/') + ".java");
        String text = String.join("\n", read(source));
        int declaration = text.indexOf("@NodeInfo");
        int start = declaration < 0 ? -1 : text.lastIndexOf("/**", declaration);
        int end = start < 0 ? -1 : text.indexOf("*/", start);
        if (end < 0 || end > declaration) {
            return fail(source + ": no Javadoc comment before @NodeInfo");
        }
        return text.substring(start, end);
    }

    private static List<String> opsNamedBy(String javadoc) {
        List<String> ops = new ArrayList<>();
        if (javadoc.contains("docs/proposals/")) {
            ops.add(PROPOSAL);   // a builtin of a seed proposal (no OP of the model): "— proposal"
        }
        Matcher m = OP.matcher(javadoc);
        while (m.find()) {
            if (!ops.contains(m.group())) {
                ops.add(m.group());
            }
        }
        return ops;
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest directory at or above the working directory holding docs/builtins and the interpreter sources. */
    static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/builtins"))
                    && Files.isDirectory(dir.resolve("interpreter/src/main/java/org/cscript/builtins"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with docs/builtins and interpreter/src at or above " + start);
    }
}
