package org.cscript.builtins;

import java.util.ArrayList;
import java.util.List;
import org.cscript.runtime.CsError;
import org.cscript.runtime.ValueKind;
import org.cscript.runtime.Values;

/** Matching values against the kinds of a {@link BuiltinSignature} entry. */
public final class ArgumentKinds {
    /** The kinds a signature entry may name, as {@link BuiltinSignature} lists them. */
    static final List<String> DECLARABLE = List.of("int", "string", "bool", "nil", "list", "task", "fd", "errno",
            "cap", "any");

    private ArgumentKinds() {
    }

    /** The kind of a runtime value (an fd is "fd", which int parameters also accept). */
    public static String kindOf(Object value) {
        return ValueKind.of(value).signatureName();
    }

    /** Whether a parameter declared as {@code declared} ("task|fd") accepts a value of {@code kind}. */
    public static boolean accepts(String declared, String kind) {
        for (String allowed : declared.split("\\|")) {
            if (allowed.equals("any") || allowed.equals(kind)
                    || (allowed.equals("fd") && kind.equals("int"))      // an fd may be given by number
                    || (allowed.equals("int") && kind.equals("fd"))) {   // an fd behaves as its number
                return true;
            }
        }
        return false;
    }

    /** "a task or an fd"; {@code declared} is a signature entry or a {@link #kindOf} result. */
    public static String describe(String declared) {
        List<String> words = new ArrayList<>();
        for (String name : declared.split("\\|")) {
            if (name.equals("any")) {
                words.add("any value");
                continue;
            }
            ValueKind kind = ValueKind.bySignatureName(name);
            if (kind == null) {
                throw new IllegalArgumentException("unknown kind \"" + name + "\" in \"" + declared + "\"");
            }
            words.add(kind == ValueKind.NIL ? "nil" : Values.withArticle(kind.displayName()));
        }
        return String.join(" or ", words);
    }

    /**
     * Checks a builtin's signature when the registry is built: every entry names only kinds of
     * {@link #DECLARABLE}. A misspelt kind is a bug in cscript, so it fails with an
     * IllegalStateException naming the builtin ({@code "builtin kill (KillBuiltin)"}) and the kind.
     */
    static void checkSignature(String builtin, List<String> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            String declared = parameters.get(i);
            for (String name : declared.split("\\|", -1)) {
                if (!DECLARABLE.contains(name)) {
                    throw new IllegalStateException(builtin + ": @BuiltinSignature names the unknown kind \"" + name
                            + "\" for its " + CsError.ordinal(i) + " parameter (\"" + declared
                            + "\"); the kinds are " + String.join(", ", DECLARABLE));
                }
            }
        }
    }
}
