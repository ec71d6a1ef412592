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

    /**
     * Appends one caught errno to {@code out} as a line of tab-separated, escaped fields: how the
     * facts cross from the language to the host.
     */
    public static void appendEncoded(StringBuilder out, String builtin, Errno errno, String detail, String script,
            int line) {
        out.append(TabFields.escape(builtin)).append('\t').append(errno.name()).append('\t')
                .append(TabFields.escape(detail == null ? "" : detail)).append('\t').append(TabFields.escape(script)).append('\t')
                .append(line).append('\n');
    }

    /** The lines {@link #appendEncoded} wrote, each placed on its check ({@link ErrnoChecks#identify}). */
    public static List<ProvenCheck> decode(String text) {
        List<ProvenCheck> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("not an encoded caught errno: " + line);
            }
            String builtin = TabFields.unescape(f[0]);
            String detail = f[2].isEmpty() ? null : TabFields.unescape(f[2]);
            ErrnoCheck check = ErrnoChecks.catalogue().identify(builtin, Errno.valueOf(f[1]), detail).check();
            out.add(new ProvenCheck(check == null ? null : check.op(), check == null ? 0 : check.position(), f[1],
                    builtin, detail, TabFields.unescape(f[3]), Integer.parseInt(f[4])));
        }
        return out;
    }
}
