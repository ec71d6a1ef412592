package org.cscript.coverage;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Errno;

/**
 * A check proven by a scenario: an {@code expect ERRNO { ... }} at {@code script}:{@code line}
 * caught the errno it expected from {@code builtin}, with the kernel's {@code detail} text, and
 * the failure was {@code op} check {@code position} ({@link ErrnoChecks#identify}). {@code op} is
 * null (and {@code position} 0) when the failure names no single check: {@link #identification()}
 * says why.
 */
public record ProvenCheck(String op, int position, String errno, String builtin, String detail, String script,
        int line) {

    /** The polyglot binding under which the runtime publishes a run's checks for the host. */
    public static final String BINDING = "cscript.proven-checks";

    /** Whether the failure was placed on one check. */
    public boolean identified() {
        return op != null;
    }

    /** "OP-46 check 3", or null. */
    public String checkId() {
        return op == null ? null : op + " check " + position;
    }

    /** The catalogue's reasoning about this failure, for reports. */
    public Identification identification() {
        return ErrnoChecks.catalogue().identify(builtin, Errno.valueOf(errno), detail);
    }

    /** The checks as one text, one line each (how they cross from the language to the host). */
    public static String encode(List<ProvenCheck> checks) {
        StringBuilder out = new StringBuilder();
        for (ProvenCheck c : checks) {
            out.append(escape(c.op == null ? "" : c.op)).append('\t').append(c.position).append('\t')
                    .append(escape(c.errno)).append('\t').append(escape(c.builtin)).append('\t')
                    .append(escape(c.detail == null ? "" : c.detail)).append('\t').append(escape(c.script))
                    .append('\t').append(c.line).append('\n');
        }
        return out.toString();
    }

    /** The inverse of {@link #encode}. */
    public static List<ProvenCheck> decode(String text) {
        List<ProvenCheck> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("not an encoded proven check: " + line);
            }
            String op = unescape(f[0]);
            String detail = unescape(f[4]);
            out.add(new ProvenCheck(op.isEmpty() ? null : op, Integer.parseInt(f[1]), unescape(f[2]), unescape(f[3]),
                    detail.isEmpty() ? null : detail, unescape(f[5]), Integer.parseInt(f[6])));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
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
