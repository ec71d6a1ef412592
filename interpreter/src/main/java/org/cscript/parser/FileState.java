package org.cscript.parser;

import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.builtins.Constants;
import org.cscript.language.FrontEnd;
import org.cscript.language.ParseResult;
import org.cscript.language.SourceFile;
import org.cscript.runtime.Cell;

/**
 * What the builders of one file share: its source and parse result (which holds the templates
 * of its strings; an imported module has a state of its own), the functions and globals visible
 * in it, and the scope of the frame being built.
 */
final class FileState {
    private final ScriptCompiler compiler;
    private final Source source;
    private final SourceFile file;
    private final ParseResult parsed;
    /** Functions visible in this file (already registered, imported, own): name -> arity. */
    private final Map<String, Integer> functions = new LinkedHashMap<>();
    /** Globals a function body may use: all top-level lets of this file, imported ones. */
    private final Set<String> allGlobals = new LinkedHashSet<>();
    /** Globals top-level code may use so far (declared above the current statement). */
    private final Set<String> declaredGlobals = new LinkedHashSet<>();
    private Scope scope = new Scope(false);

    FileState(ScriptCompiler compiler, Source source) {
        this.compiler = compiler;
        this.source = source;
        this.file = new SourceFile(source.getName(), source.getCharacters().toString());
        this.parsed = FrontEnd.parse(file);
    }

    ScriptCompiler compiler() {
        return compiler;
    }

    Source source() {
        return source;
    }

    SourceFile file() {
        return file;
    }

    ParseResult parsed() {
        return parsed;
    }

    Scope scope() {
        return scope;
    }

    /** Makes {@code next} the current scope (a function body's) and returns the one it replaces. */
    Scope replaceScope(Scope next) {
        Scope previous = scope;
        scope = next;
        return previous;
    }

    void addFunctions(Map<String, Integer> arities) {
        functions.putAll(arities);
    }

    /** The arity of a visible function, or null. */
    Integer arity(String name) {
        return functions.get(name);
    }

    Set<String> functionNames() {
        return functions.keySet();
    }

    /** Globals of an imported module: visible everywhere below the import. */
    void addImportedGlobals(Collection<String> names) {
        allGlobals.addAll(names);
        declaredGlobals.addAll(names);
    }

    /** This file's top-level lets: visible in function bodies before top-level code declares them. */
    void addOwnGlobals(Collection<String> names) {
        allGlobals.addAll(names);
    }

    /** A top-level let: visible to the top-level code below it. */
    void declareGlobal(String name) {
        declaredGlobals.add(name);
    }

    /**
     * A top-level variable visible here: declared above it (inside a function: anywhere at the
     * top level of the file or an imported module) or by an earlier REPL input.
     */
    boolean globalVisible(String name) {
        return (scope.isFunction() ? allGlobals : declaredGlobals).contains(name)
                || compiler.context().globals().isDefined(name);
    }

    /** A local or visible global has this name (it shadows a constant). */
    boolean isVariable(String name) {
        return scope.lookup(name) >= 0 || globalVisible(name);
    }

    Cell globalCell(String name) {
        return compiler.context().globals().cell(name);
    }

    /** Names a misspelt variable may have meant: locals, visible globals, constants. */
    List<String> visibleNames() {
        List<String> names = new ArrayList<>(scope.visibleNames());
        (scope.isFunction() ? allGlobals : declaredGlobals).forEach(names::add);
        names.addAll(Constants.all().keySet());
        return names;
    }
}
