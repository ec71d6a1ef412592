package org.cscript.builtins;

import java.util.ArrayList;
import java.util.List;
import org.cscript.runtime.CapabilityValue;
import org.cscript.runtime.CsList;
import org.cscript.runtime.ErrnoValue;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.Nil;
import org.cscript.runtime.TaskHandle;

/** Matching values against the kinds of a {@link BuiltinSignature} entry. */
public final class ArgumentKinds {
    private ArgumentKinds() {
    }

    /** The kind of a runtime value (an fd is "fd", which int parameters also accept). */
    public static String kindOf(Object value) {
        if (value instanceof Long || value instanceof java.math.BigInteger) {
            return "int";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value == Nil.INSTANCE) {
            return "nil";
        } else if (value instanceof CsList) {
            return "list";
        } else if (value instanceof TaskHandle) {
            return "task";
        } else if (value instanceof FdValue) {
            return "fd";
        } else if (value instanceof ErrnoValue) {
            return "errno";
        } else if (value instanceof CapabilityValue) {
            return "cap";
        }
        return "other";
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
        for (String kind : declared.split("\\|")) {
            words.add(switch (kind) {
                case "int" -> "an integer";
                case "string" -> "a string";
                case "bool" -> "a boolean";
                case "nil" -> "nil";
                case "list" -> "a list";
                case "task" -> "a task";
                case "fd" -> "an fd";
                case "errno" -> "an errno";
                case "cap" -> "a capability";
                default -> "any value";
            });
        }
        return String.join(" or ", words);
    }
}
