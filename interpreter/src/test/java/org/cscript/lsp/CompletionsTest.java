package org.cscript.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cscript.host.Vocabulary;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

/** Completion by position, and the reference entries hover and completion show. */
class CompletionsTest {
    private static Set<String> labels(String line) {
        return Completions.at(line, 0, line.length()).stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
    }

    @Test
    void aWordCompletesToKeywordsBuiltinsAndConstants() {
        assertEquals(Set.of("fork", "fork_into"), labels("let t = for").stream().filter(s -> s.startsWith("fork"))
                .collect(Collectors.toSet()));
        assertTrue(labels("let t = for").contains("for"), "the keyword");
        assertTrue(labels("expect EPER").contains("EPERM"));
        assertTrue(labels("  as").contains("assert_audit_next"));
        assertEquals(Vocabulary.keywords().size() + Vocabulary.builtinNames().size() + Vocabulary.constantNames().size(),
                Completions.at("", 0, 0).size(), "everything at an empty line");
    }

    @Test
    void configCompletesKnobKeysWhole() {
        Set<String> audit = labels("config audit.");
        assertTrue(audit.contains("audit.type_text"), audit.toString());
        assertTrue(audit.stream().allMatch(k -> k.startsWith("audit.")), audit.toString());
        assertEquals(Set.copyOf(Vocabulary.knobNames()), labels("config "));
        assertTrue(labels("if x { config con").stream().allMatch(k -> k.startsWith("con")));
    }

    @Test
    void aDotCompletesFields() {
        assertEquals(Set.copyOf(Vocabulary.fieldNames()), labels("print(t."));
        assertTrue(labels("print(init.p").contains("pid"));
        assertTrue(labels("for i in 0..").contains("len"), "a range is not a field access");
    }

    @Test
    void nothingInAComment() {
        assertEquals(Set.of(), labels("let x = 1  # fork"));
        assertTrue(labels("print(\"#\") ; fork").contains("fork_into"), "a '#' in a string is not a comment");
    }

    @Test
    void everyBuiltinHasItsReferenceEntryInTheJar() {
        BuiltinReference reference = BuiltinReference.get();
        for (String name : Vocabulary.builtinNames()) {
            BuiltinReference.Entry entry = reference.builtin(name);
            assertNotNull(entry, name + " has no entry in the jar's copy of docs/builtins");
            assertTrue(entry.signature().startsWith(name + "("), entry.toString());
            assertTrue(entry.operation().matches("OP-\\d\\d(, OP-\\d\\d)*|helper|proposal"), entry.toString());
            assertTrue(!entry.text().isBlank() && !entry.text().contains("\n### "), entry.toString());
        }
        assertEquals("OP-19", reference.builtin("fork_into").operation());
        assertTrue(reference.builtin("fork_into").text().contains("**Errors, in check order:**"));
        assertTrue(!reference.builtin("fork_into").text().contains("poll(cfd)"), "the entry ends at the next heading");
    }

    @Test
    void constantsShowTheirValue() {
        BuiltinReference.Constant flag = BuiltinReference.get().constant("CONTAINER_NEW_PID_NS");
        assertNotNull(flag);
        assertEquals("0x040", flag.value());
        assertTrue(flag.markdown().contains("PID namespace"), flag.markdown());
        List<String> missing = Vocabulary.constantNames().stream().filter(n -> BuiltinReference.get().constant(n) == null).toList();
        assertEquals("9", BuiltinReference.get().constant("SIGKILL").value());
        assertEquals("", BuiltinReference.get().constant("SIGKILL").meaning());
        assertEquals(List.of(), missing, "constants without a row in docs/builtins/constants.md");
    }
}
