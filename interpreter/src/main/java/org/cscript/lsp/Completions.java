package org.cscript.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscript.host.SyntaxColoring;
import org.cscript.host.Vocabulary;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What may be typed at a position of a line, from the language's own vocabulary
 * ({@link Vocabulary}): a knob key after {@code config } (dotted keys whole: {@code config audit.}
 * offers the {@code audit.*} keys), a field after {@code NAME.}, and otherwise the keywords, the
 * builtins (with their reference entry) and the constants that start with the word being typed.
 * Nothing inside a comment.
 */
final class Completions {
    private static final Pattern CONFIG_KEY = Pattern.compile("(?:^|[\\s;{])config\\s+([A-Za-z0-9_.]*)$");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_)\\]]\\.([A-Za-z_][A-Za-z0-9_]*)?$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*$");

    private Completions() {
    }

    /** The items at {@code character} (0-based) of {@code line} (0-based) whose text is {@code lineText}. */
    static List<CompletionItem> at(String lineText, int line, int character) {
        String before = lineText.substring(0, Math.min(character, lineText.length()));
        if (inComment(lineText, before.length())) {
            return List.of();
        }
        Matcher config = CONFIG_KEY.matcher(before);
        if (config.find()) {
            String typed = config.group(1);
            Range range = new Range(new Position(line, before.length() - typed.length()), new Position(line, before.length()));
            List<CompletionItem> items = new ArrayList<>();
            for (String key : Vocabulary.knobNames()) {
                if (key.startsWith(typed)) {
                    CompletionItem item = item(key, CompletionItemKind.Property, "knob (docs/knobs.md)");
                    item.setTextEdit(Either.forLeft(new TextEdit(range, key)));
                    item.setFilterText(key);
                    items.add(item);
                }
            }
            return items;
        }
        Matcher field = FIELD.matcher(before);
        if (field.find() && !before.endsWith("..")) {
            String typed = field.group(1) == null ? "" : field.group(1);
            List<CompletionItem> items = new ArrayList<>();
            for (String name : Vocabulary.fieldNames()) {
                if (name.startsWith(typed)) {
                    items.add(item(name, CompletionItemKind.Field, "field"));
                }
            }
            return items;
        }
        Matcher word = WORD.matcher(before);
        String typed = word.find() ? word.group() : "";
        List<CompletionItem> items = new ArrayList<>();
        for (String keyword : Vocabulary.keywords()) {
            if (keyword.startsWith(typed)) {
                items.add(item(keyword, CompletionItemKind.Keyword, "keyword"));
            }
        }
        BuiltinReference reference = BuiltinReference.get();
        for (String name : Vocabulary.builtinNames()) {
            if (name.startsWith(typed)) {
                BuiltinReference.Entry entry = reference.builtin(name);
                CompletionItem item = item(name, CompletionItemKind.Function,
                        entry == null ? "builtin" : entry.signature() + " — " + entry.operation());
                if (entry != null) {
                    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, entry.markdown()));
                }
                items.add(item);
            }
        }
        for (String name : Vocabulary.constantNames()) {
            if (name.startsWith(typed)) {
                BuiltinReference.Constant constant = reference.constant(name);
                items.add(item(name, CompletionItemKind.Constant,
                        constant == null ? "constant" : "constant = " + constant.value()));
            }
        }
        return items;
    }

    /** Whether the cursor, {@code at} characters into the line, is inside a comment (as the lexer reads the line). */
    static boolean inComment(String lineText, int at) {
        for (SyntaxColoring.Span span : SyntaxColoring.spans(lineText)) {
            if (span.kind() == SyntaxColoring.Kind.COMMENT && span.start() < at && at <= span.end()) {
                int hash = lineText.indexOf('#', span.start());
                return hash >= 0 && hash < at;
            }
        }
        return false;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        return item;
    }
}
