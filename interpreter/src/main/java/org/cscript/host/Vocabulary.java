package org.cscript.host;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cscript.builtins.Builtins;
import org.cscript.builtins.Constants;
import org.cscript.kernel.KernelConfig;
import org.cscript.language.CscriptLexer;
import org.cscript.nodes.expression.FieldNode;

/** The names a script can use, for tools outside the language (the REPL's completion). */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Builtin names in registration order. */
    public static List<String> builtinNames() {
        return List.copyOf(Builtins.all().keySet());
    }

    /** Constant names (flags, signals, errnos, capabilities ...) in definition order. */
    public static List<String> constantNames() {
        return List.copyOf(Constants.all().keySet());
    }

    /** The language's keywords (let, fn, assert_audit, ...), as the lexer spells them. */
    public static List<String> keywords() {
        List<String> words = new ArrayList<>();
        org.antlr.v4.runtime.Vocabulary vocabulary = CscriptLexer.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }

    /** Field names after a '.': of tasks, fds and errnos (FieldNode), without repeats. */
    public static List<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>(List.of(FieldNode.TASK_FIELDS));
        names.addAll(List.of(FieldNode.FD_FIELDS));
        names.addAll(List.of(FieldNode.ERRNO_FIELDS));
        return List.copyOf(names);
    }

    /** The knob profiles ({@code --profile}, {@code config profile = }): seed, upstream. */
    public static List<String> profileNames() {
        return KernelConfig.PROFILES;
    }

    /** The keys {@code --set KEY=VALUE} takes: the kernel knob keys, sorted (no "profile": that is {@code --profile}). */
    public static List<String> settingKeys() {
        return List.copyOf(KernelConfig.keys());
    }

    /** Kernel knob keys (for {@code config KEY = } and {@code --set}), sorted, and "profile". */
    public static List<String> knobNames() {
        List<String> keys = new ArrayList<>(KernelConfig.keys());
        keys.add("profile");
        return keys;
    }
}
