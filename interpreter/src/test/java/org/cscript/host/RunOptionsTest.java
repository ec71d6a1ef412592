package org.cscript.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.kernel.ConfigException;
import org.junit.jupiter.api.Test;

/** Options are checked once, when built: bad ones never reach a runner or a session. */
class RunOptionsTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void aBadSettingIsRefusedWithTheKernelsMessage() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> RunOptions.of(Map.of("contid.allow_move", "perhaps"), null, QUIET));
        assertInstanceOf(ConfigException.class, e.getCause());
        assertEquals(e.getCause().getMessage(), e.getMessage());
        assertEquals(true, e.getMessage().contains("contid.allow_move cannot be 'perhaps'"), e.getMessage());
    }

    @Test
    void anUnknownKnobOrProfileIsRefused() {
        assertThrows(InvalidOptionsException.class, () -> RunOptions.of(Map.of("no.such.knob", "1"), null, QUIET));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> RunOptions.of(Map.of(), "nope", QUIET));
        assertEquals("unknown profile 'nope'; allowed: seed | upstream", e.getMessage());
    }

    @Test
    void theFormerRecordConstructorValidatesToo() {
        LinkedHashMap<String, String> bad = new LinkedHashMap<>();
        bad.put("no.such.knob", "1");
        assertThrows(InvalidOptionsException.class, () -> RunOptions.of(bad, null, QUIET));
    }

    @Test
    void settingsKeepTheirOrderAndCannotBeChangedAfterTheCheck() {
        LinkedHashMap<String, String> given = new LinkedHashMap<>();
        given.put("contid.allow_move", "true");
        given.put("audit.enabled", "true");
        RunOptions options = RunOptions.of(given, "upstream", QUIET);
        given.put("no.such.knob", "1");
        assertEquals(List.of("contid.allow_move", "audit.enabled"), List.copyOf(options.settings().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> options.settings().put("no.such.knob", "1"));
        RunOptions elsewhere = options.withErr(System.err);
        assertEquals(options.settings(), elsewhere.settings());
        assertEquals("upstream", elsewhere.profile());
    }

    @Test
    void invariantChecksAreOffByDefaultAndSurviveAnotherErr() {
        RunOptions options = RunOptions.defaults(QUIET);
        assertEquals(false, options.checkInvariants());
        RunOptions checked = options.withInvariantChecks(true);
        assertEquals(true, checked.checkInvariants());
        assertEquals(true, checked.withErr(System.err).checkInvariants());
        assertEquals(false, options.checkInvariants(), "the original is unchanged");
    }
}
