package org.cscript.language;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Template} of every string literal and audit value in a tree, only to report
 * their errors at parse time, so that a script with a bad escape or a bad ${...} is rejected
 * before it runs. Interpolated expressions are checked recursively (they may contain strings).
 */
final class TemplateChecker {
    private TemplateChecker() {
    }

    static void check(ParseTree tree, DiagnosticCollector collector) {
        List<Diagnostic> errors = new ArrayList<>();
        walk(tree, collector.file(), errors);
        errors.forEach(collector::add);
    }

    private static void walk(ParseTree node, SourceFile file, List<Diagnostic> errors) {
        if (node instanceof ErrorNode) {
            return;
        }
        if (node instanceof TerminalNode terminal) {
            Token token = terminal.getSymbol();
            if (token.getType() == CscriptLexer.STRING) {
                checkParts(Template.ofStringToken(file, token, errors), file, errors);
            }
            return;
        }
        if (node instanceof CscriptParser.AuditValueContext value && isTemplateValue(value.getStart())) {
            checkParts(Template.ofAuditValue(file, value.getStart(), errors), file, errors);
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), file, errors);
        }
    }

    private static boolean isTemplateValue(Token token) {
        return token.getType() == CscriptLexer.AV_STRING || token.getType() == CscriptLexer.AV_BARE
                || token.getType() == CscriptLexer.AUDIT_WORD;
    }

    private static void checkParts(Template template, SourceFile file, List<Diagnostic> errors) {
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Expr expr) {
                walk(expr.expr(), file, errors);
            }
        }
    }
}
