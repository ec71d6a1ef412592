package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.TreeSet;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.WrittenEvent;

/**
 * Which kinds of audit record each builtin's calls wrote during a run ({@code cscript test
 * --coverage}: the model checks a suite exercised, docs/tools.md). Kept only when the language
 * option {@code cscript.RecordKinds} is on; published at the end of the script under
 * {@link #BINDING} as sorted "builtin TAB TYPE" lines (a record written outside a builtin call
 * has the builtin "").
 */
public final class RecordKinds {
    /** The polyglot binding the host reads the pairs from. */
    public static final String BINDING = "cscript.record-kinds";

    private final TreeSet<String> pairs = new TreeSet<>();
    private String builtin = "";

    /** A builtin call begins; returns the builtin it interrupts ("" at a statement) for {@link #leave}. */
    public String enter(String name) {
        String outer = builtin;
        builtin = name;
        return outer;
    }

    public void leave(String outer) {
        builtin = outer;
    }

    @TruffleBoundary
    void written(WrittenEvent event) {
        for (AuditRecord record : event.records()) {
            pairs.add(builtin + "\t" + record.type().name());
        }
    }

    String encoded() {
        return String.join("\n", pairs);
    }

    /** The "builtin TAB TYPE" lines of a published binding, as pairs. */
    public static String[][] decode(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0][];
        }
        return text.lines().map(line -> line.split("\t", 2)).toArray(String[][]::new);
    }
}
