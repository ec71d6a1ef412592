package org.cscript.parser;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.ScriptParser;

/** The parser the language loads as a service: one {@link ScriptCompiler} per parse request. */
public final class CompilingScriptParser implements ScriptParser {
    @Override
    public CallTarget parse(CscriptLanguage language, CscriptContext context, Source source) {
        return new ScriptCompiler(language, context).compileMain(source).getCallTarget();
    }
}
