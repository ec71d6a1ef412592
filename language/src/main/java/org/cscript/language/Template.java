package org.cscript.language;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A string literal or an assert_audit value: literal text and ${expr} interpolations
 * (language.md "Core language": {@code "pid ${t.pid}"}; "assert_audit": values may be {@code ${expr}}).
 *
 * <p>Interpolated expressions are parsed with the grammar rule {@code interpolation}. Their tokens
 * carry the line, column and character index (getStartIndex/getStopIndex) of the ORIGINAL file,
 * so syntax errors inside ${...}, source sections and later runtime errors point at the right
 * place; an expression's position is that of its first token, {@code expr().getStart()}.
 *
 * <p>The text of an interpolation is taken verbatim from the source: escapes are not processed
 * inside ${...}, and a string literal in it is written with plain quotes:
 * {@code "a ${f("x")} b"}. If the builder methods add diagnostics the template must not be run.
 */
public final class Template {

    public sealed interface Part permits Text, Expr {
    }

    /** Literal text with escapes already processed. */
    public record Text(String text) implements Part {
    }

    /** An interpolated expression; its tokens carry their positions in the original file. */
    public record Expr(CscriptParser.ExprContext expr) implements Part {
    }

    private final List<Part> parts;

    Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * A STRING token (text including its quotes). Escapes: \n \r \t \" \\ \$ \0; "${" starts an
     * interpolation up to the matching "}" (string literals inside it may contain '}'); "\${" is a
     * literal "${". Errors (unknown escape, unterminated or empty interpolation, syntax errors in
     * the expression) are added to {@code errors}.
     */
    public static Template ofStringToken(SourceFile file, Token stringToken, List<Diagnostic> errors) {
        String text = stringToken.getText();
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            throw new IllegalArgumentException("not a string literal token: " + text);
        }
        return TemplateScanner.scanQuoted(file, stringToken, errors);
    }

    /**
     * An assert_audit value token. AV_STRING is handled like a string literal (quotes removed,
     * escapes processed); AV_BARE and AUDIT_WORD are literal text in which only ${...} is special
     * (a backslash stays a backslash, so values such as paths need no escaping).
     */
    public static Template ofAuditValue(SourceFile file, Token valueToken, List<Diagnostic> errors) {
        return switch (valueToken.getType()) {
            case CscriptLexer.AV_STRING -> TemplateScanner.scanQuoted(file, valueToken, errors);
            case CscriptLexer.AV_BARE, CscriptLexer.AUDIT_WORD -> TemplateScanner.scanBare(file, valueToken, errors);
            default -> throw new IllegalArgumentException("not an audit value token: "
                    + CscriptLexer.VOCABULARY.getSymbolicName(valueToken.getType()));
        };
    }

    /** Text parts and expression parts in source order; adjacent texts are merged, no text is empty. */
    public List<Part> parts() {
        return parts;
    }

    /** True when there is no interpolation. */
    public boolean isConstant() {
        return parts.stream().allMatch(part -> part instanceof Text);
    }

    /** The whole text of a constant template ("" when empty). */
    public String constantText() {
        if (!isConstant()) {
            throw new IllegalStateException("template has interpolations");
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(((Text) part).text());
        }
        return out.toString();
    }
}
