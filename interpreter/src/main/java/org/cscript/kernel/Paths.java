package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Path text as kernel-model.md §1.7 reads it: '/'-separated, "//" collapsed; "." and ".." are not
 * supported, so a path containing them names nothing (ENOENT).
 */
final class Paths {
    private Paths() {
    }

    /** The components of a path; null if one is "." or "..". */
    static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return null;
            }
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** {@code base} (an absolute path) followed by {@code path}, whether or not it starts with '/'. */
    static String join(String base, String path) {
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

    /** The absolute path of components ("/" for none). */
    static String absolute(List<String> parts) {
        return "/" + String.join("/", parts);
    }

    /** The relative key of components ("" for none). */
    static String key(List<String> parts) {
        return String.join("/", parts);
    }

    /** {@code base} joined with a relative key ("" leaves it unchanged). */
    static String joinKey(String base, String rest) {
        if (base.isEmpty()) {
            return rest;
        }
        return rest.isEmpty() ? base : base + "/" + rest;
    }
}
