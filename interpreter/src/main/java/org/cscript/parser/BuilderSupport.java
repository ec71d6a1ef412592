package org.cscript.parser;


import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.builtins.Constants;
import org.cscript.language.FrontEnd;
import org.cscript.language.ParseResult;
import org.cscript.language.SourceFile;

/**
 * State and position helpers shared by the builders of one file: its parse result (which holds
 * the templates of its strings; an imported module has a builder and parse result of its own),
 * the names visible so far, the current scope, and its {@link Positions}.
 */
abstract class BuilderSupport {
    final ScriptCompiler compiler;
    final Source source;
    final SourceFile file;
    final ParseResult parsed;
    /** Functions visible in this file (own, imported, already registered): name -> arity. */
    final Map<String, Integer> functions = new LinkedHashMap<>();
    /** Globals a function body may use: all top-level lets of this file, imported ones. */
    final Set<String> allGlobals = new LinkedHashSet<>();
    /** Globals top-level code may use so far (declared above the current statement). */
    final Set<String> declaredGlobals = new LinkedHashSet<>();
    final Positions positions;
    Scope scope;

    BuilderSupport(ScriptCompiler compiler, Source source) {
        this.compiler = compiler;
        this.source = source;
        this.file = new SourceFile(source.getName(), source.getCharacters().toString());
        this.parsed = FrontEnd.parse(file);
        this.positions = new Positions(compiler, source, file);
    }

    /**
     * A top-level variable visible here: declared above it (inside a function: anywhere at the
     * top level of the file or an imported module) or by an earlier REPL input.
     */
    boolean globalVisible(String name) {
        return (scope.isFunction() ? allGlobals : declaredGlobals).contains(name)
                || compiler.context().globals().isDefined(name);
    }

    /** Names a misspelt variable may have meant: locals, visible globals, constants. */
    List<String> visibleNames() {
        List<String> names = new ArrayList<>(scope.visibleNames());
        (scope.isFunction() ? allGlobals : declaredGlobals).forEach(names::add);
        names.addAll(Constants.all().keySet());
        return names;
    }
}
