package org.cscript.kernel;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link StateLines#keysMentionedIn}: the state keys of the objects audit record lines name, so a
 * model checker can tell which objects an outcome's records speak of. Lines have the form
 * {@code type=X msg=audit(SEC.MS:SERIAL): field=value ...}: {@code pid}, {@code opid}, {@code ppid}
 * name tasks (by tid, their number in the initial PID namespace), {@code contid} and
 * {@code old-contid} registry entries (every number of a list or chain, UNSET64 skipped),
 * {@code ctr} and {@code pctr} containers, and fields ending in {@code ns} (or {@code new-ns},
 * {@code old-ns}) namespaces by their 10-digit inode numbers; quoted values (a USER record's
 * {@code msg='...'}) are free text and are skipped, whatever ids they seem to contain.
 */
final class RecordKeys {
    /** UNSET64 as records print it: no registry entry. */
    private static final String UNSET = "18446744073709551615";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private RecordKeys() {
    }

    static Set<String> of(List<String> recordLines) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : recordLines) {
            int body = line.indexOf("): ");
            fields(body < 0 ? line : line.substring(body + 3), out);
        }
        return out;
    }

    /** Walks the {@code name=value} fields of one record's body. */
    private static void fields(String body, Set<String> out) {
        int i = 0;
        int n = body.length();
        while (i < n) {
            while (i < n && body.charAt(i) == ' ') {
                i++;
            }
            int eq = i;
            while (eq < n && body.charAt(eq) != '=' && body.charAt(eq) != ' ') {
                eq++;
            }
            if (eq >= n || body.charAt(eq) != '=') {
                i = eq;   // a bare word: no field
                continue;
            }
            String name = body.substring(i, eq);
            int start = eq + 1;
            int end;
            if (start < n && (body.charAt(start) == '\'' || body.charAt(start) == '"')) {
                int close = body.indexOf(body.charAt(start), start + 1);
                end = close < 0 ? n : close + 1;   // quoted free text: never an id
            } else {
                end = body.indexOf(' ', start);
                end = end < 0 ? n : end;
                field(name, body.substring(start, end), out);
            }
            i = end;
        }
    }

    private static void field(String name, String value, Set<String> out) {
        switch (name) {
            case "pid", "opid", "ppid" -> {
                if (isNumber(value)) {
                    out.add("task:" + value);
                }
            }
            case "contid", "old-contid" -> numbers(value, v -> !v.equals(UNSET), "contid:", out);
            case "ctr", "pctr" -> {
                if (isNumber(value)) {
                    out.add("ctr:" + value);
                }
            }
            default -> {
                if (name.endsWith("ns") || name.equals("new-ns") || name.equals("old-ns")) {
                    numbers(value, v -> v.length() == 10, "ns:", out);
                }
            }
        }
    }

    /** Every decimal number in {@code value} that {@code keep} accepts, as {@code prefix + number}. */
    private static void numbers(String value, java.util.function.Predicate<String> keep, String prefix,
            Set<String> out) {
        Matcher m = NUMBER.matcher(value);
        while (m.find()) {
            String v = m.group();
            if (keep.test(v)) {
                out.add(prefix + v);
            }
        }
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && NUMBER.matcher(value).matches();
    }
}
