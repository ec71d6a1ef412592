package org.cscript.coverage;

/**
 * The escaping of one field of the tab-separated lines the language publishes to the host
 * (ProvenCheck's caught errnos, the compiler's diagnostics): backslash, tab and newline are
 * written as \\, \t and \n, so a field never splits a line or a record.
 */
public final class TabFields {
    private TabFields() {
    }

    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    public static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
