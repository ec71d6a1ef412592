package org.cscript.language;

import java.util.List;

/**
 * The outcome of {@link FrontEnd#parse}: the parse tree (always present; it contains error
 * nodes when there were syntax errors) and every syntax diagnostic, ordered by line.
 */
public final class ParseResult {
    private final SourceFile file;
    private final CscriptParser.ScriptContext tree;
    private final List<Diagnostic> diagnostics;

    ParseResult(SourceFile file, CscriptParser.ScriptContext tree, List<Diagnostic> diagnostics) {
        this.file = file;
        this.tree = tree;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public CscriptParser.ScriptContext tree() {
        return tree;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when the script has no syntax errors, so the tree may be turned into nodes. */
    public boolean ok() {
        return diagnostics.isEmpty();
    }

    public SourceFile file() {
        return file;
    }
}
