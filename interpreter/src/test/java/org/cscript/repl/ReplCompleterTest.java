package org.cscript.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Tab offers depends on what stands before the word. */
class ReplCompleterTest {
    private final ReplCompleter completer = new ReplCompleter(() -> List.of("orch", "cfd"));

    @Test
    void namesOfTheLanguageAndVariablesInScope() {
        assertEquals(List.of("set_contid", "set_capcontid"), completer.choices("", "set_c").stream()
                .filter(w -> w.startsWith("set_c")).toList().stream().sorted((a, b) -> b.compareTo(a)).toList());
        assertTrue(completer.choices("", "as").containsAll(List.of("as", "assert", "assert_audit", "assert_no_audit")));
        assertEquals(List.of("orch"), completer.choices("as ", "orc"));
        assertTrue(completer.choices("let x = ", "CLONE_NEWN").containsAll(List.of("CLONE_NEWNS", "CLONE_NEWNET")));
    }

    @Test
    void fieldsAfterADot() {
        assertEquals(List.of("pid", "ppid"), completer.choices("print orch.", "p"));
        assertTrue(completer.choices("orch.", "").containsAll(List.of("contid", "comm", "caps", "kind", "number")));
    }

    @Test
    void commandsAtTheStartAndKnobsAfterSetOrConfig() {
        assertEquals(List.of(":save", ":set"), completer.choices("", ":s"));
        assertTrue(completer.choices(":set ", "pi").contains("pid.first"));
        assertEquals(List.of("first"), completer.choices(":set pid.", "fi"), "the word after the dot is replaced");
        assertTrue(completer.choices("config ", "contid").contains("contid.allow_move"));
        assertEquals(List.of(), completer.choices(":load ", "ex"), "a file name is not a name of the language");
    }
}
