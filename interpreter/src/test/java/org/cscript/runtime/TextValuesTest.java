package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long string built with {@code +} shares one growing buffer (CsText) but is a plain string to
 * the language: appending never changes a string anyone holds, and it compares, prints, counts
 * and passes to builtins as any other.
 */
class TextValuesTest {
    @TempDir
    Path dir;

    @Test
    void twoAppendsToOneTextAreIndependent() {
        Object s = CsText.concat("a".repeat(300), "b");
        assertInstanceOf(CsText.class, s);
        CsText t = ((CsText) s).append("x");
        CsText u = ((CsText) s).append("y");
        assertEquals("a".repeat(300) + "b", s.toString());
        assertEquals("a".repeat(300) + "bx", t.toString());
        assertEquals("a".repeat(300) + "by", u.toString());
        assertEquals("short", CsText.concat("sh", "ort"), "a short result stays a String");
        assertEquals(301 + 2, ((CsText) s).append("é").utf8Bytes(), "é is two UTF-8 bytes");
    }

    @Test
    void aBuiltStringIsAStringEverywhereAndBuildingItIsLinear() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("""
                let s = ""
                for i in 0..200000 {
                    s = s + "ab"
                }
                let t = s + "x"
                let u = s + "y"
                assert len(s) == 400000 and len(t) == 400001 and t != u
                assert t == s + "x" and [t] == [s + "x"] and "${t}" == t
                assert t > s
                let line = ""
                for i in 0..300 {
                    line = line + "${i % 10}"
                }
                assert len(line) == 300
                print len(line)
                audit_user_msg(line)
                assert_audit USER msg=/^0123/
                """);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        assertEquals("300\n", outcome.err());
    }

    @Test
    void theStringLimitCountsABuiltStringsBytes() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("""
                config limits.string_bytes = 1000
                let s = ""
                for i in 0..600 {
                    s = s + "é"
                }
                """);
        assertEquals(ScenarioResult.Status.FAILED, outcome.status());
        assertTrue(outcome.err().contains(":4:9: error: string limit: more than 1000 bytes in a string"), outcome.err());
    }
}
