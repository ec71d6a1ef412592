package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * The language still refuses a bad {@code cscript.Profile} / {@code cscript.Settings} when used
 * through the polyglot API directly, bypassing {@link RunOptions}: a syntax error naming the
 * option, not an internal error.
 */
class LanguageOptionsTest {
    private static PolyglotException evalWith(String option, String value) {
        try (Context context = Context.newBuilder(CscriptLanguage.ID).out(new ByteArrayOutputStream())
                .err(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false")
                .option(option, value).build()) {
            return assertThrows(PolyglotException.class,
                    () -> context.eval(Source.create(CscriptLanguage.ID, "let t = fork()\n")));
        }
    }

    @Test
    void aBadProfileIsASyntaxErrorWithTheKernelsMessage() {
        PolyglotException e = evalWith("cscript.Profile", "nope");
        assertTrue(e.isSyntaxError(), e.toString());
        assertEquals("error: unknown profile 'nope'; allowed: seed | upstream", e.getMessage());
    }

    @Test
    void aBadSettingIsASyntaxErrorWithTheKernelsMessage() {
        PolyglotException e = evalWith("cscript.Settings", "contid.allow_move=perhaps\n");
        assertTrue(e.isSyntaxError(), e.toString());
        assertEquals("error: config contid.allow_move cannot be 'perhaps'; allowed: false | true", e.getMessage());
    }
}
