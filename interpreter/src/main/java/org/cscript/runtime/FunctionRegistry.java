package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.LinkedHashMap;
import java.util.Map;

/** User functions by name. A file's functions are registered when the file starts running. */
public final class FunctionRegistry {
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    /** The cell a call site reads its function from (resolved at compile time). */
    @TruffleBoundary
    public Cell cell(String name) {
        return cells.computeIfAbsent(name, n -> new Cell());
    }

    @TruffleBoundary
    public void register(CsFunction function) {
        cell(function.name()).set(function);
    }

    /** Name and arity of every registered function (static checks of later REPL lines). */
    @TruffleBoundary
    public Map<String, Integer> arities() {
        Map<String, Integer> result = new LinkedHashMap<>();
        cells.forEach((name, cell) -> {
            if (cell.get() instanceof CsFunction f) {
                result.put(name, f.arity());
            }
        });
        return result;
    }
}
