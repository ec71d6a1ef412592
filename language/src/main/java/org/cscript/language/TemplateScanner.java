package org.cscript.language;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Splits the text of one string or audit value token into {@link Template} parts. */
final class TemplateScanner {
    private final int[] chars;          // code points of the token text
    private final int line;
    private final int column0;          // 0-based column of chars[0] in the file
    private final int offset;           // character index of chars[0] in the file
    private final boolean escapes;
    private final DiagnosticCollector collector;
    private final List<Template.Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private TemplateScanner(SourceFile file, Token token, boolean escapes) {
        this.chars = token.getText().codePoints().toArray();
        this.line = token.getLine();
        this.column0 = token.getCharPositionInLine();
        this.offset = token.getStartIndex();
        this.escapes = escapes;
        this.collector = new DiagnosticCollector(file);
    }

    /** A token whose text is in double quotes, with escapes. */
    static Template scanQuoted(SourceFile file, Token token, List<Diagnostic> errors) {
        TemplateScanner scanner = new TemplateScanner(file, token, true);
        return scanner.scan(1, scanner.chars.length - 1, errors);
    }

    /** A bare token: literal text except ${...}. */
    static Template scanBare(SourceFile file, Token token, List<Diagnostic> errors) {
        TemplateScanner scanner = new TemplateScanner(file, token, false);
        return scanner.scan(0, scanner.chars.length, errors);
    }

    private Template scan(int from, int to, List<Diagnostic> errors) {
        int i = from;
        while (i < to) {
            int c = chars[i];
            if (escapes && c == '\\' && i + 1 < to) {
                escape(i);
                i += 2;
            } else if (c == '$' && i + 1 < to && chars[i + 1] == '{') {
                int close = closingBrace(i + 2, to);
                if (close < 0) {
                    collector.add(line, column(i), 2, "unterminated interpolation: '${' without a closing '}'");
                    break;
                }
                interpolation(i, close);
                i = close + 1;
            } else {
                text.appendCodePoint(c);
                i++;
            }
        }
        flushText();
        errors.addAll(collector.diagnostics());
        return new Template(parts);
    }

    private void escape(int at) {
        int c = chars[at + 1];
        switch (c) {
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case '"' -> text.append('"');
            case '\\' -> text.append('\\');
            case '$' -> text.append('$');
            case '0' -> text.append('\0');
            default -> {
                collector.add(line, column(at), 2, "unknown escape '\\" + Character.toString(c)
                        + "' (use \\n \\r \\t \\\" \\\\ \\$ or \\0)");
                text.appendCodePoint(c);
            }
        }
    }

    /** Index of the '}' closing an interpolation whose text starts at {@code from}, or -1. */
    private int closingBrace(int from, int to) {
        int k = from;
        while (k < to) {
            if (chars[k] == '"') {
                k = endOfNestedString(k, to);
            } else if (chars[k] == '}') {
                return k;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** Index just after a string literal inside an interpolation; it may contain '}'. */
    private int endOfNestedString(int quote, int to) {
        int k = quote + 1;
        while (k < to && chars[k] != '"') {
            k += chars[k] == '\\' ? 2 : 1;
        }
        return Math.min(k + 1, to);
    }

    private void interpolation(int dollar, int close) {
        String source = new String(chars, dollar + 2, close - dollar - 2);
        if (source.isBlank()) {
            collector.add(line, column(dollar), close - dollar + 1, "empty interpolation '${}'");
            return;
        }
        CscriptParser.InterpolationContext parsed =
                InterpolationParser.parse(source, line, column(dollar + 2) - 1, offset + dollar + 2, collector);
        CscriptParser.ExprContext expr = parsed.expr();
        if (expr == null || expr.getStart() == null) {
            return;
        }
        flushText();
        parts.add(new Template.Expr(expr));
    }

    private void flushText() {
        if (!text.isEmpty()) {
            parts.add(new Template.Text(text.toString()));
            text.setLength(0);
        }
    }

    /** 1-based column in the file of chars[index]. */
    private int column(int index) {
        return column0 + index + 1;
    }
}
