package org.cscript.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cscript.host.Vocabulary;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from what the line says before the word: a ':command' at the start, a knob
 * after ":set " or "config ", a field after '.', otherwise keywords, builtins, constants and
 * the variables in scope (asked for at each Tab, so new ones count).
 */
final class ReplCompleter implements Completer {
    private final Supplier<? extends Iterable<String>> variables;

    ReplCompleter(Supplier<? extends Iterable<String>> variables) {
        this.variables = variables;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        String before = line.line().substring(0, Math.max(0, line.cursor() - line.wordCursor()));
        for (String choice : choices(before, word)) {
            // only a command gets a space after it: a name is usually followed by "(" or "."
            candidates.add(new Candidate(choice, choice, null, null, null, null, choice.startsWith(":")));
        }
    }

    /**
     * The words that may replace {@code word} at the cursor, given the text before it (a test
     * calls this). A knob is dotted while the word stops at a '.', so after ":set pid." the
     * choices are the rest of each matching knob.
     */
    List<String> choices(String before, String word) {
        String lead = before.strip();
        List<String> words = new ArrayList<>();
        String knobStart = knobStart(before);
        if (knobStart != null) {
            String typed = knobStart + word;
            return Vocabulary.knobNames().stream().filter(k -> k.startsWith(typed))
                    .map(k -> k.substring(knobStart.length())).toList();
        } else if (lead.isEmpty() && word.startsWith(":")) {
            words.addAll(ReplCommands.names());
        } else if (lead.startsWith(":")) {
            return List.of();   // a command's argument: a file or a task, not a name of the language
        } else if (before.endsWith(".")) {
            words.addAll(Vocabulary.fieldNames());
        } else {
            words.addAll(Vocabulary.keywords());
            words.addAll(Vocabulary.builtinNames());
            words.addAll(Vocabulary.constantNames());
            variables.get().forEach(words::add);
        }
        return words.stream().filter(w -> w.startsWith(word)).distinct().toList();
    }

    /** After ":set " or "config ": the knob's dotted part typed before the word; else null. */
    private static String knobStart(String before) {
        String lead = before.stripLeading();
        for (String keyword : List.of(":set ", "config ")) {
            if (lead.startsWith(keyword)) {
                String typed = lead.substring(keyword.length()).stripLeading();
                return typed.matches("[A-Za-z0-9_.]*") ? typed : null;
            }
        }
        return null;
    }
}
