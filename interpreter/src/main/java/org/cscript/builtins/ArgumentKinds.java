package org.cscript.builtins;

import java.util.ArrayList;
import java.util.List;
import org.cscript.runtime.ValueKind;
import org.cscript.runtime.Values;

/** Matching values against the kinds of a {@link BuiltinSignature} entry. */
public final class ArgumentKinds {
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

    /** "a task or an fd". */
    public static String describe(String declared) {
        List<String> words = new ArrayList<>();
        for (String name : declared.split("\\|")) {
            ValueKind kind = ValueKind.bySignatureName(name);
            if (kind == null) {
                words.add("any value");
            } else {
                words.add(kind == ValueKind.NIL ? "nil" : Values.withArticle(kind.displayName()));
            }
        }
        return String.join(" or ", words);
    }
}
