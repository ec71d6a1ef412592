package org.cscript.parser;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.cscript.builtins.Builtins;
import org.cscript.language.CscriptParser.FnStmtContext;
import org.cscript.language.CscriptParser.ImportStmtContext;
import org.cscript.language.CscriptParser.LetStmtContext;
import org.cscript.language.CscriptParser.ScriptContext;
import org.cscript.language.CscriptParser.StatementContext;
import org.cscript.runtime.ModuleUnit;

/**
 * The prepass over a file's top-level statements before any is built, so that code may call a
 * function defined below it and a function body may use any top-level global: function
 * signatures, globals, and the imported modules (compiled here). It also answers what the file
 * exports to an importer.
 */
final class TopLevelDeclarations {
    private final FileState state;
    private final Positions positions;
    private final ConstantStrings strings;
    private final Map<String, Integer> ownFunctions = new LinkedHashMap<>();
    private final Set<String> ownGlobals = new LinkedHashSet<>();
    /** The module of each import statement (contexts compare by identity). */
    private final Map<ImportStmtContext, ModuleUnit> imports = new LinkedHashMap<>();

    TopLevelDeclarations(FileState state, Positions positions, ConstantStrings strings) {
        this.state = state;
        this.positions = positions;
        this.strings = strings;
    }

    /**
     * Makes visible, in this order, the functions already registered (earlier REPL inputs), those
     * of each import, and this file's own; then the globals of the imports and of this file.
     */
    void collect(ScriptContext tree) {
        state.addFunctions(state.compiler().context().functions().arities());
        for (StatementContext statement : tree.statement()) {
            switch (statement) {
                case FnStmtContext fn -> function(fn);
                case LetStmtContext let -> ownGlobals.add(let.ID().getText());
                case ImportStmtContext imp -> importModule(imp);
                default -> { }
            }
        }
        state.addFunctions(ownFunctions);
        state.addOwnGlobals(ownGlobals);
    }

    private void function(FnStmtContext fn) {
        String name = fn.ID().getText();
        int arity = fn.paramList() == null ? 0 : fn.paramList().ID().size();
        if (Builtins.lookup(name) != null) {
            positions.reportAt(fn.ID().getSymbol(), "'" + name + "' is a builtin and cannot be redefined");
        } else if (ownFunctions.containsKey(name)) {
            positions.reportAt(fn.ID().getSymbol(), "function '" + name + "' is defined twice in this file");
        }
        ownFunctions.put(name, arity);
    }

    private void importModule(ImportStmtContext imp) {
        Token pathToken = imp.STRING().getSymbol();
        String path = strings.textOrNull(pathToken);
        if (path == null) {
            return;
        }
        ModuleUnit unit = state.compiler().importModule(path, state.source(),
                message -> positions.reportAt(pathToken, message));
        if (unit != null) {
            imports.put(imp, unit);
            state.addFunctions(unit.functions());
            state.addImportedGlobals(unit.globals());
        }
    }

    /** The module an import statement compiled to, or null if it failed (and was reported). */
    ModuleUnit moduleOf(ImportStmtContext imp) {
        return imports.get(imp);
    }

    /** Functions an importer of this file sees: those of its imports, then its own. */
    Map<String, Integer> exportedFunctions() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (ModuleUnit unit : imports.values()) {
            result.putAll(unit.functions());
        }
        result.putAll(ownFunctions);
        return result;
    }

    /** Globals an importer of this file sees: those of its imports, then its own. */
    Set<String> exportedGlobals() {
        Set<String> result = new LinkedHashSet<>();
        for (ModuleUnit unit : imports.values()) {
            result.addAll(unit.globals());
        }
        result.addAll(ownGlobals);
        return result;
    }
}
