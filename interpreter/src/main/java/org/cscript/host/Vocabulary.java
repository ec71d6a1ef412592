package org.cscript.host;

import java.util.List;
import org.cscript.builtins.Builtins;
import org.cscript.builtins.Constants;

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
}
