package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.LinkedHashMap;
import java.util.Map;

/** User functions by name. A file's functions are registered when the file starts running. */
public final class FunctionRegistry {
    private final Map<String, CsFunction> functions = new LinkedHashMap<>();

    @TruffleBoundary
    public CsFunction lookup(String name) {
        return functions.get(name);
    }

    @TruffleBoundary
    public void register(CsFunction function) {
        functions.put(function.name(), function);
    }

    /** Name and arity of every registered function (static checks of later REPL lines). */
    @TruffleBoundary
    public Map<String, Integer> arities() {
        Map<String, Integer> result = new LinkedHashMap<>();
        functions.forEach((name, f) -> result.put(name, f.arity()));
        return result;
    }
}
