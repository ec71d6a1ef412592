package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

/** Field patterns and record patterns of assert_audit (language.md "assert_audit"). */
class AuditPatternTest {

    private static final TraceRecord SET = TraceFixtures.record("worked-example-b.trace", 0);
    private static final TraceRecord HEX_COMM = TraceFixtures.record("encodings.trace", 1);

    @Test
    void literalMatchesTheDecodedOrThePrintedValue() {
        assertTrue(new FieldPattern.Literal("comm", "runc").matches(SET));
        assertTrue(new FieldPattern.Literal("comm", "\"runc\"").matches(SET));
        assertFalse(new FieldPattern.Literal("comm", "run").matches(SET));
        assertTrue(new FieldPattern.Literal("contid", "123456").matches(SET));
        assertTrue(new FieldPattern.Literal("old-contid", "18446744073709551615").matches(SET));
        assertFalse(new FieldPattern.Literal("nosuchfield", "").matches(SET));
    }

    @Test
    void literalMatchesHexEncodedStrings() {
        assertTrue(new FieldPattern.Literal("comm", "my runc").matches(HEX_COMM));
        assertTrue(new FieldPattern.Literal("comm", "6D792072756E63").matches(HEX_COMM));
    }

    @Test
    void anyMatchesAPresentField() {
        assertTrue(new FieldPattern.Any("opid").matches(SET));
        assertFalse(new FieldPattern.Any("record").matches(SET));
    }

    @Test
    void regexSearchesTheDecodedValue() {
        assertTrue(new FieldPattern.Regex("comm", Pattern.compile("ru.*")).matches(SET));
        assertTrue(new FieldPattern.Regex("comm", Pattern.compile("^runc$")).matches(SET), "quotes are not part of it");
        assertTrue(new FieldPattern.Regex("exe", Pattern.compile("bin")).matches(SET), "find, not a full match");
        assertTrue(new FieldPattern.Regex("comm", Pattern.compile("^my r")).matches(HEX_COMM));
        assertFalse(new FieldPattern.Regex("comm", Pattern.compile("^6D")).matches(HEX_COMM));
        assertFalse(new FieldPattern.Regex("record", Pattern.compile("")).matches(SET));
    }

    @Test
    void recordPatternNeedsTheExactTypeAndEveryField() {
        assertTrue(Patterns.of("CONTAINER op=set contid=123456 res=1").matches(SET));
        assertTrue(Patterns.of("CONTAINER").matches(SET));
        assertFalse(Patterns.of("CONTAINER_OP op=set").matches(SET), "types compare as printed");
        assertFalse(Patterns.of("CONTAINER op=set contid=123457").matches(SET));
        assertEquals(List.of(new FieldPattern.Literal("contid", "5"), new FieldPattern.Literal("res", "0")),
                Patterns.of("CONTAINER op=set contid=5 res=0").mismatches(SET));
    }

    @Test
    void describeWritesThePatternAsAScriptWould() {
        AuditPattern p = new AuditPattern("CONTAINER", List.of(new FieldPattern.Literal("op", "set"),
                new FieldPattern.Literal("contid", "5"), new FieldPattern.Regex("comm", Pattern.compile("ru.*")),
                new FieldPattern.Any("exe"), new FieldPattern.Literal("msg", "two words"),
                new FieldPattern.Literal("key", "")));
        assertEquals("CONTAINER op=set contid=5 comm=/ru.*/ exe=* msg=\"two words\" key=\"\"", p.describe());
    }
}
