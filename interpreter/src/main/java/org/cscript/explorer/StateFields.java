package org.cscript.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What tells outcomes apart, field by field: a final state is one line per object
 * ({@code task:102 comm="runc" ... contid=5 ...}); an outcome is shown by the fields of the
 * objects whose values are not the same in every outcome, so a reader sees {@code task:102
 * contid=5} rather than the whole kernel.
 */
final class StateFields {
    private StateFields() {
    }

    /** The state as object key -> (field -> value), in the state's order. */
    static Map<String, Map<String, String>> parse(String state) {
        Map<String, Map<String, String>> objects = new TreeMap<>();
        if (state == null) {
            return objects;
        }
        state.lines().forEach(line -> {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            objects.put(key, fields(space < 0 ? "" : line.substring(space + 1)));
        });
        return objects;
    }

    /** "a=1 b=[x, y] c=\"p q\"" -> {a=1, b=[x, y], c="p q"}: spaces inside brackets and quotes do not split. */
    static Map<String, String> fields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{' || c == '(')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}' || c == ')')) {
                depth--;
            } else if (c == ' ' && depth == 0 && !quoted) {
                if (i > start) {
                    String field = text.substring(start, i);
                    int eq = field.indexOf('=');
                    out.put(eq < 0 ? field : field.substring(0, eq), eq < 0 ? "" : field.substring(eq + 1));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * For each outcome (in order), the lines "key field=value ..." of the fields that differ
     * between the outcomes; an object one outcome lacks shows as "key (none)".
     */
    static List<List<String>> telling(List<String> states) {
        List<Map<String, Map<String, String>>> parsed = new ArrayList<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        for (String s : states) {
            Map<String, Map<String, String>> p = parse(s);
            parsed.add(p);
            p.keySet().forEach(k -> keys.put(k, true));
        }
        List<List<String>> out = new ArrayList<>();
        parsed.forEach(p -> out.add(new ArrayList<>()));
        for (String key : keys.keySet()) {
            List<String> differing = differingFields(parsed, key);
            if (differing == null) {
                continue;
            }
            for (int i = 0; i < parsed.size(); i++) {
                Map<String, String> object = parsed.get(i).get(key);
                if (object == null) {
                    out.get(i).add(key + " (none)");
                    continue;
                }
                StringBuilder line = new StringBuilder(key);
                for (String field : differing) {
                    line.append(' ').append(field).append('=').append(object.getOrDefault(field, "-"));
                }
                out.get(i).add(line.toString());
            }
        }
        return out;
    }

    /** The fields of {@code key} whose values differ between outcomes, or null when none does. */
    private static List<String> differingFields(List<Map<String, Map<String, String>>> parsed, String key) {
        List<String> fields = new ArrayList<>();
        boolean presenceDiffers = false;
        Map<String, String> first = parsed.getFirst().get(key);
        for (Map<String, Map<String, String>> p : parsed) {
            Map<String, String> object = p.get(key);
            if ((object == null) != (first == null)) {
                presenceDiffers = true;
            }
            if (object == null || first == null) {
                continue;
            }
            for (String field : union(first, object)) {
                if (!Objects.equals(first.get(field), object.get(field)) && !fields.contains(field)) {
                    fields.add(field);
                }
            }
        }
        return fields.isEmpty() && !presenceDiffers ? null : fields;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>(a.keySet());
        for (String k : b.keySet()) {
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
