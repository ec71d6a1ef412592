package org.cscript.language;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Template} of every string literal and audit value in a tree, reporting their
 * errors at parse time (so that a script with a bad escape or a bad ${...} is rejected before it
 * runs) and keeping each template for the node builder, which so never lexes or parses a
 * ${...} a second time. Interpolated expressions are walked recursively (they may contain strings).
 */
final class TemplateChecker {
    private TemplateChecker() {
    }

    /** The template of every STRING token and templated audit value token, by token identity. */
    static Map<Token, Template> check(ParseTree tree, DiagnosticCollector collector) {
        List<Diagnostic> errors = new ArrayList<>();
        Map<Token, Template> templates = new IdentityHashMap<>();
        walk(tree, collector.file(), errors, templates);
        errors.forEach(collector::add);
        return templates;
    }

    private static void walk(ParseTree node, SourceFile file, List<Diagnostic> errors, Map<Token, Template> templates) {
        if (node instanceof ErrorNode) {
            return;
        }
        if (node instanceof TerminalNode terminal) {
            Token token = terminal.getSymbol();
            if (token.getType() == CscriptLexer.STRING) {
                record(token, Template.ofStringToken(file, token, errors), file, errors, templates);
            }
            return;
        }
        if (isTemplateValue(node)) {
            Token token = ((CscriptParser.AuditValueContext) node).getStart();
            record(token, Template.ofAuditValue(file, token, errors), file, errors, templates);
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), file, errors, templates);
        }
    }

    /**
     * An audit string or bare value. Not one whose first child is an error node: when the parser
     * deleted a stray token before the value (as in {@code comm= pid=1}), the context starts
     * at that deleted token, which is not a value.
     */
    private static boolean isTemplateValue(ParseTree node) {
        return (node instanceof CscriptParser.AuditStringContext || node instanceof CscriptParser.AuditBareContext)
                && !(node.getChild(0) instanceof ErrorNode);
    }

    private static void record(Token token, Template template, SourceFile file, List<Diagnostic> errors,
                               Map<Token, Template> templates) {
        templates.put(token, template);
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Expr expr) {
                walk(expr.expr(), file, errors, templates);
            }
        }
    }
}
