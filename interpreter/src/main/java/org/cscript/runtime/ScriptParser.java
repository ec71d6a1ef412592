package org.cscript.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * What {@link CscriptLanguage#parse} asks of the parser package. The language finds the one
 * implementation through {@link java.util.ServiceLoader}, so the runtime never depends on the
 * parser (which depends on the runtime): the packages stay acyclic.
 */
public interface ScriptParser {
    /**
     * Compiles a main scenario (and the modules it imports) after the static checks.
     *
     * @throws CsSyntaxError listing every diagnostic of every file, if there is any
     */
    CallTarget parse(CscriptLanguage language, CscriptContext context, Source source);
}
