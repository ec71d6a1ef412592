package org.cscript.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cscript.host.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The TextMate grammar in editors/ is what {@link TextMateGrammar} generates from the lexer and
 * {@link Vocabulary}, and its word lists are the language's: a keyword added to the lexer, or a
 * builtin or constant registered, fails here until the grammar is regenerated. Its regexes
 * compile, and sample lines tokenize as they should ({@link MiniTextMate}).
 */
class TextMateGrammarTest {
    static final Path GRAMMAR = Path.of("../editors/textmate/cscript.tmLanguage.json");
    static final Path VSCODE_COPY = Path.of("../editors/vscode/syntaxes/cscript.tmLanguage.json");
    private static final Pattern ALTERNATION = Pattern.compile("\\\\b\\(([A-Za-z0-9_|]+)\\)\\\\b");

    @Test
    void theGrammarFilesAreTheGeneratedOnes() throws IOException {
        String generated = TextMateGrammar.generate();
        for (Path file : List.of(GRAMMAR, VSCODE_COPY)) {
            if (Boolean.getBoolean("cscript.update-goldens")) {
                Files.writeString(file, generated);
            }
            assertTrue(Files.exists(file), file + " is missing: " + TextMateGrammar.REGENERATE);
            assertEquals(generated, Files.readString(file), file + " is out of date: " + TextMateGrammar.REGENERATE);
        }
    }

    /** The VS Code extension contributes the language for .cscript files and this grammar, by the grammar's scope. */
    @Test
    void theVsCodeExtensionContributesTheGrammar() throws IOException {
        JsonObject contributes = JsonParser.parseString(Files.readString(Path.of("../editors/vscode/package.json")))
                .getAsJsonObject().getAsJsonObject("contributes");
        JsonObject language = contributes.getAsJsonArray("languages").get(0).getAsJsonObject();
        assertEquals("cscript", language.get("id").getAsString());
        assertEquals(".cscript", language.getAsJsonArray("extensions").get(0).getAsString());
        assertTrue(Files.exists(Path.of("../editors/vscode").resolve(language.get("configuration").getAsString())));
        JsonObject grammar = contributes.getAsJsonArray("grammars").get(0).getAsJsonObject();
        assertEquals(TextMateGrammar.SCOPE, grammar.get("scopeName").getAsString());
        assertEquals(grammar().get("scopeName").getAsString(), grammar.get("scopeName").getAsString());
        assertEquals(VSCODE_COPY.normalize(), Path.of("../editors/vscode").resolve(grammar.get("path").getAsString()).normalize());
        JsonParser.parseString(Files.readString(Path.of("../editors/vscode/language-configuration.json")));
    }

    @Test
    void itsKeywordsAreTheLexers() throws IOException {
        JsonObject repository = grammar().getAsJsonObject("repository");
        Set<String> written = new LinkedHashSet<>();
        for (JsonElement rule : repository.getAsJsonObject("keyword").getAsJsonArray("patterns")) {
            written.addAll(alternation(rule.getAsJsonObject().get("match").getAsString()));
        }
        written.addAll(alternation(repository.getAsJsonObject("audit-assertion").get("begin").getAsString()));
        assertEquals(Set.copyOf(Vocabulary.keywords()), written,
                "the grammar's keywords are not the lexer's (CscriptLexer.VOCABULARY): " + TextMateGrammar.REGENERATE);
    }

    @Test
    void itsBuiltinsConstantsAndFieldsAreTheVocabularys() throws IOException {
        JsonObject repository = grammar().getAsJsonObject("repository");
        Map<String, List<String>> expected = Map.of("builtin", Vocabulary.builtinNames(),
                "constant", Vocabulary.constantNames(), "field", Vocabulary.fieldNames());
        for (var e : expected.entrySet()) {
            Set<String> written = alternation(repository.getAsJsonObject(e.getKey()).get("match").getAsString());
            assertEquals(Set.copyOf(e.getValue()), written,
                    "the grammar's " + e.getKey() + " names are not org.cscript.host.Vocabulary's: " + TextMateGrammar.REGENERATE);
        }
    }

    @Test
    void everyRegexCompiles() throws IOException {
        List<String> regexes = new ArrayList<>();
        collect(grammar(), regexes);
        assertTrue(regexes.size() > 15, regexes.toString());
        for (String regex : regexes) {
            Pattern.compile(regex);   // throws PatternSyntaxException with the regex
        }
    }

    @Test
    void codeLinesTokenize() throws IOException {
        MiniTextMate tm = new MiniTextMate(grammar());
        var tokens = tm.line("let cfd = container_create(\"web ${n + 1}\", CONTAINER_NEW_PID_NS | 0x40)  # a container");
        assertTrue(MiniTextMate.scopesOf(tokens, "let").contains("keyword.control.cscript"), tokens.toString());
        assertTrue(MiniTextMate.scopesOf(tokens, "container_create").contains("support.function.builtin.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "CONTAINER_NEW_PID_NS").contains("support.constant.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "0x40").contains("constant.numeric.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "# a container").contains("comment.line.number-sign.cscript"));
        List<String> interpolated = MiniTextMate.scopesOf(tokens, "1");
        assertTrue(interpolated.contains("meta.interpolation.cscript") && interpolated.contains("string.quoted.double.cscript")
                && interpolated.contains("constant.numeric.cscript"), interpolated.toString());
        assertTrue(MiniTextMate.scopesOf(tokens, "web ").contains("string.quoted.double.cscript"));

        tokens = tm.line("let init = fork_into(cfd)");
        assertFalse(MiniTextMate.scopesOf(tokens, " init ").contains("support.function.builtin.cscript"),
                "a variable named like a builtin is not a call: " + tokens);
        tokens = tm.line("fn setup(t) { as t { exec(\"/sbin/init\") } }");
        assertTrue(MiniTextMate.scopesOf(tokens, "setup").contains("entity.name.function.cscript"), tokens.toString());
        assertTrue(MiniTextMate.scopesOf(tokens, "exec").contains("support.function.builtin.cscript"));
        tokens = tm.line("expect EPERM { set_contid(t.pid, 7) } and not true");
        assertTrue(MiniTextMate.scopesOf(tokens, "EPERM").contains("support.constant.cscript"), tokens.toString());
        assertTrue(MiniTextMate.scopesOf(tokens, "pid").contains("variable.other.property.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "not").contains("keyword.operator.word.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "true").contains("constant.language.cscript"));
    }

    @Test
    void recordPatternLinesTokenize() throws IOException {
        MiniTextMate tm = new MiniTextMate(grammar());
        var tokens = tm.line("assert_audit SYSCALL syscall=59 pid=${init.pid} comm=\"init\" key=* exe=/^\\/sbin/ # rule");
        assertTrue(MiniTextMate.scopesOf(tokens, "assert_audit").contains("keyword.control.assert-audit.cscript"), tokens.toString());
        assertTrue(MiniTextMate.scopesOf(tokens, "SYSCALL").contains("entity.name.type.record.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "syscall").contains("variable.other.member.field.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "59").contains("string.unquoted.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "pid").contains("variable.other.member.field.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "init").contains("meta.interpolation.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "*").contains("constant.language.wildcard.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "/^\\/sbin/").contains("string.regexp.cscript"));
        assertTrue(MiniTextMate.scopesOf(tokens, "# rule").contains("comment.line.number-sign.cscript"));
        // the pattern ends with its line: the next line is code again
        tokens = tm.line("let x = 1");
        assertFalse(MiniTextMate.scopesOf(tokens, "let").contains("meta.audit-pattern.cscript"), tokens.toString());
        // ... unless a '\' continues it
        tm.line("assert_audit_next CONTAINER_INFO \\");
        tokens = tm.line("  contid=42");
        assertTrue(MiniTextMate.scopesOf(tokens, "contid").contains("variable.other.member.field.cscript"), tokens.toString());
        tokens = tm.line("if x { assert_no_audit SYSCALL key=\"k\"} else { fork() }");
        assertTrue(MiniTextMate.scopesOf(tokens, "else").contains("keyword.control.cscript"), tokens.toString());
        assertFalse(MiniTextMate.scopesOf(tokens, "else").contains("meta.audit-pattern.cscript"), tokens.toString());
    }

    /** Every record pattern line of the examples starts the grammar's record pattern, with its record type. */
    @Test
    void everyExampleRecordPatternIsRecognised() throws IOException {
        JsonObject assertion = grammar().getAsJsonObject("repository").getAsJsonObject("audit-assertion");
        Pattern begin = Pattern.compile(assertion.get("begin").getAsString());
        int lines = 0;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cscript")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.matches("assert(_audit|_audit_next|_no_audit)\\s+[A-Z].*")) {
                        Matcher m = begin.matcher(code);
                        assertTrue(m.lookingAt() && m.group(2) != null, file + ": " + line);
                        lines++;
                    }
                }
            }
        }
        assertTrue(lines > 100, "only " + lines + " record pattern lines found");
    }

    private static Set<String> alternation(String regex) {
        Matcher m = ALTERNATION.matcher(regex);
        Set<String> words = new LinkedHashSet<>();
        if (m.find()) {
            words.addAll(List.of(m.group(1).split("\\|")));
        }
        return words;
    }

    private static void collect(JsonElement element, List<String> regexes) {
        if (element.isJsonObject()) {
            for (var e : element.getAsJsonObject().entrySet()) {
                if (Set.of("match", "begin", "end").contains(e.getKey()) && e.getValue().isJsonPrimitive()) {
                    regexes.add(e.getValue().getAsString());
                } else {
                    collect(e.getValue(), regexes);
                }
            }
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> collect(child, regexes));
        }
    }

    static JsonObject grammar() throws IOException {
        return JsonParser.parseString(Files.readString(GRAMMAR)).getAsJsonObject();
    }
}
