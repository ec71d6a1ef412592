package org.cscript.language;

import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * The outcome of {@link FrontEnd#parse}: the parse tree (it contains error nodes when there were
 * syntax errors; null when the script exceeds the nesting limit), every syntax diagnostic, ordered by line, and the
 * {@link Template} of every string literal and audit value, built once while checking them.
 */
public final class ParseResult {
    private final SourceFile file;
    private final CscriptParser.ScriptContext tree;
    private final List<Diagnostic> diagnostics;
    /** Keyed by token identity (an IdentityHashMap): tokens do not define equals. */
    private final Map<Token, Template> templates;

    ParseResult(SourceFile file, CscriptParser.ScriptContext tree, List<Diagnostic> diagnostics,
                Map<Token, Template> templates) {
        this.file = file;
        this.tree = tree;
        this.diagnostics = List.copyOf(diagnostics);
        this.templates = templates;
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

    /**
     * The template of a STRING token or of the token of an audit string or bare value
     * ({@code auditString} / {@code auditBare}) of this tree, including those inside ${...}.
     */
    public Template template(Token token) {
        Template template = templates.get(token);
        if (template == null) {
            throw new IllegalArgumentException("no template for token " + token + " of " + file.name());
        }
        return template;
    }

    public SourceFile file() {
        return file;
    }
}
