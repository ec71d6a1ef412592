package org.cscript.lsp;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.cscript.host.Vocabulary;
import org.cscript.language.CscriptLexer;

/**
 * Generates the TextMate grammar of {@code .cscript} (editors/textmate/cscript.tmLanguage.json,
 * and the copy the VS Code extension in editors/vscode loads) from the language itself: the
 * keywords, operators and the words that start a record pattern from the ANTLR lexer, the
 * builtins, constants and fields from {@link Vocabulary}. {@link TextMateGrammarTest} compares
 * the files with this output; {@code -Dcscript.update-goldens=true} rewrites them.
 */
final class TextMateGrammar {
    static final String SCOPE = "source.cscript";
    static final String REGENERATE = "./run-tests -Dcscript.update-goldens=true (or mvn -q test -pl interpreter "
            + "-Dtest=TextMateGrammarTest -Dcscript.update-goldens=true) rewrites it";
    private static final Set<String> LANGUAGE_CONSTANTS = Set.of("true", "false", "nil");
    private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not");
    private static final Set<String> PUNCTUATION = Set.of("(", ")", "[", "]", "{", "}", ",", ";", ".");

    private TextMateGrammar() {
    }

    /** The keywords after which the lexer reads a record pattern (it enters its AUDIT mode). */
    static List<String> auditKeywords() {
        List<String> words = new ArrayList<>();
        for (String keyword : Vocabulary.keywords()) {
            CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(keyword + " "));
            lexer.removeErrorListeners();
            lexer.nextToken();
            if (lexer._mode == CscriptLexer.AUDIT) {
                words.add(keyword);
            }
        }
        return words;
    }

    /** The operator spellings of the lexer (its non-word literals but brackets and separators), longest first. */
    static List<String> operators() {
        List<String> ops = new ArrayList<>();
        org.antlr.v4.runtime.Vocabulary vocabulary = CscriptLexer.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && !Character.isLetter(literal.charAt(1))) {
                String text = literal.substring(1, literal.length() - 1);
                if (!PUNCTUATION.contains(text) && !ops.contains(text)) {
                    ops.add(text);
                }
            }
        }
        ops.sort(Comparator.comparingInt(String::length).reversed());   // stable: lexer order among equals
        return ops;
    }

    static String generate() {
        List<String> audit = auditKeywords();
        List<String> control = new ArrayList<>();
        List<String> wordOperators = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (String keyword : Vocabulary.keywords()) {
            if (audit.contains(keyword)) {
                continue;
            } else if (LANGUAGE_CONSTANTS.contains(keyword)) {
                constants.add(keyword);
            } else if (WORD_OPERATORS.contains(keyword)) {
                wordOperators.add(keyword);
            } else {
                control.add(keyword);
            }
        }
        Map<String, Object> grammar = new LinkedHashMap<>();
        grammar.put("$schema", "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json");
        grammar.put("name", "cscript");
        grammar.put("scopeName", SCOPE);
        grammar.put("fileTypes", List.of("cscript"));
        grammar.put("comment", "Generated from the ANTLR lexer and org.cscript.host.Vocabulary by "
                + "interpreter/src/test/java/org/cscript/lsp/TextMateGrammar.java: do not edit; " + REGENERATE + ".");
        grammar.put("patterns", List.of(include("comment"), include("audit-assertion"), include("expression")));

        Map<String, Object> repository = new LinkedHashMap<>();
        repository.put("comment", rule("comment.line.number-sign.cscript", "#.*$"));
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("name", "meta.audit-pattern.cscript");
        assertion.put("begin", "\\b(" + String.join("|", longestFirst(audit)) + ")\\b(?:\\s+([A-Z][A-Z0-9_]*)\\b(?![=\\w-]))?");
        assertion.put("beginCaptures", ordered("1", name("keyword.control.assert-audit.cscript"),
                "2", name("entity.name.type.record.cscript")));
        // the pattern ends with its line (a '\' before the line end continues it), at ';' or before the '}' of a block
        assertion.put("end", "(?<!\\\\)$|(;)|(?=\\})");
        assertion.put("endCaptures", ordered("1", name("punctuation.terminator.statement.cscript")));
        assertion.put("patterns", List.of(include("comment"),
                rule("constant.character.escape.line-continuation.cscript", "\\\\$"),
                include("audit-field"), rule("constant.language.wildcard.cscript", "(?<==)\\*"),
                rule("string.regexp.cscript", "(?<==)/(?:[^/\\\\]|\\\\.)+/"), include("string"), include("interpolation"),
                rule("string.unquoted.cscript", "(?:[^\\s;#\"=}\\\\$]|\\\\.|\\$(?!\\{))+")));
        repository.put("audit-assertion", assertion);
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("match", "([a-zA-Z_][a-zA-Z0-9_-]*)(=)");
        field.put("captures", ordered("1", name("variable.other.member.field.cscript"),
                "2", name("keyword.operator.assignment.cscript")));
        repository.put("audit-field", field);

        repository.put("expression", Map.of("patterns", List.of(include("comment"), include("string"), include("number"),
                include("function-definition"), include("keyword"), include("builtin"), include("constant"),
                include("field"), include("function-call"), include("operator"))));
        Map<String, Object> string = new LinkedHashMap<>();
        string.put("name", "string.quoted.double.cscript");
        string.put("begin", "\"");
        string.put("end", "\"|$");
        string.put("patterns", List.of(rule("constant.character.escape.cscript", "\\\\."), include("interpolation")));
        repository.put("string", string);
        Map<String, Object> interpolation = new LinkedHashMap<>();
        interpolation.put("name", "meta.interpolation.cscript");
        interpolation.put("begin", "\\$\\{");
        interpolation.put("end", "\\}");
        interpolation.put("beginCaptures", ordered("0", name("punctuation.section.interpolation.begin.cscript")));
        interpolation.put("endCaptures", ordered("0", name("punctuation.section.interpolation.end.cscript")));
        interpolation.put("patterns", List.of(include("expression")));
        repository.put("interpolation", interpolation);
        repository.put("number", rule("constant.numeric.cscript", "\\b(?:0[xX][0-9a-fA-F]+|[0-9]+)\\b"));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("match", "\\b(fn)\\s+([A-Za-z_][A-Za-z0-9_]*)");
        definition.put("captures", ordered("1", name("keyword.control.cscript"), "2", name("entity.name.function.cscript")));
        repository.put("function-definition", definition);
        repository.put("keyword", Map.of("patterns", List.of(
                rule("keyword.control.cscript", words(control)),
                rule("keyword.operator.word.cscript", words(wordOperators)),
                rule("constant.language.cscript", words(constants)))));
        repository.put("builtin", rule("support.function.builtin.cscript", words(Vocabulary.builtinNames()) + "(?=\\s*\\()"));
        repository.put("constant", rule("support.constant.cscript", words(Vocabulary.constantNames())));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("match", "(?<!\\.)(\\.)" + words(Vocabulary.fieldNames()));
        fields.put("captures", ordered("1", name("punctuation.accessor.cscript"), "2", name("variable.other.property.cscript")));
        repository.put("field", fields);
        repository.put("function-call", rule("entity.name.function.call.cscript", "\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()"));
        List<String> quoted = operators().stream().map(TextMateGrammar::escaped).toList();
        repository.put("operator", rule("keyword.operator.cscript", String.join("|", quoted)));
        grammar.put("repository", repository);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(grammar) + "\n";
    }

    /** {@code \b(?:a|b|c)\b}, longest first. */
    private static String words(List<String> names) {
        return "\\b(" + String.join("|", longestFirst(names)) + ")\\b";
    }

    private static List<String> longestFirst(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /** An operator as a regex Oniguruma and java.util.regex read alike: each character escaped, no \Q...\E. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        }
        return out.toString();
    }

    private static Map<String, Object> rule(String name, String match) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", name);
        rule.put("match", match);
        return rule;
    }

    /** A map in the order given (Map.of's order changes from one JVM to the next). */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, String> include(String name) {
        return Map.of("include", "#" + name);
    }

    private static Map<String, String> name(String name) {
        return Map.of("name", name);
    }
}
