package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.LinkedHashMap;
import java.util.Map;

/** Top-level variables of the script and its modules (one namespace per context). */
public final class Globals {
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    /** The cell of {@code name}, made empty on first use (resolved at compile time). */
    @TruffleBoundary
    public Cell cell(String name) {
        return cells.computeIfAbsent(name, n -> new Cell());
    }

    /** Whether the variable's {@code let} has run (an earlier REPL input defined it). */
    @TruffleBoundary
    public boolean isDefined(String name) {
        Cell cell = cells.get(name);
        return cell != null && cell.get() != null;
    }

    /** The variables whose let has run, with their values, in definition order (the REPL's :vars). */
    @TruffleBoundary
    public Map<String, Object> defined() {
        Map<String, Object> values = new LinkedHashMap<>();
        cells.forEach((name, cell) -> {
            if (cell.get() != null) {
                values.put(name, cell.get());
            }
        });
        return values;
    }
}
