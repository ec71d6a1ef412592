package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** assert_audit regexes: linear-time matching, and the syntax RE2 lacks refused with a reason. */
class AuditRegexTest {
    private static TraceRecord withComm(String comm) throws MalformedRecordException {
        return TraceRecord.parse("type=CONTAINER msg=audit(1500000000.000:1): op=set opid=100 comm=\"" + comm + "\"");
    }

    @Test
    void nestedRepetitionAgainstALongFieldAnswersFast() throws Exception {
        FieldPattern p = new FieldPattern.Regex("comm", AuditRegex.compile("((a+)+)+c"));
        TraceRecord longField = withComm("a".repeat(100_000) + "b");
        // java.util.regex would take longer than the universe's age on this; RE2 is linear
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(p.matches(longField)));
        assertTrue(p.matches(withComm("aaac")));
    }

    @Test
    void theDocumentedSyntaxCompiles() throws Exception {
        for (String re : new String[] {"^ru", "n?c$", "[a-z]+\\d*", "(?i)RUNC", "r(un|ot)c", "x{2,3}", "\\(1\\)"}) {
            AuditRegex.compile(re);
        }
        assertTrue(new FieldPattern.Regex("comm", AuditRegex.compile("(?i)^RU")).matches(withComm("runc")));
    }

    @Test
    void whatRe2LacksIsRefusedWithTheReason() {
        assertEquals("bad regular expression: the backreference \\1 is not supported (assert_audit regexes match"
                + " in linear time, RE2 syntax: no backreferences, lookaround, possessive or atomic groups)",
                assertThrows(AuditRegex.BadRegex.class, () -> AuditRegex.compile("(a)\\1")).getMessage());
        for (String re : new String[] {"a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(?>a)", "a*+", "a++"}) {
            String message = assertThrows(AuditRegex.BadRegex.class, () -> AuditRegex.compile(re)).getMessage();
            assertTrue(message.contains("is not supported"), re + ": " + message);
        }
        assertTrue(assertThrows(AuditRegex.BadRegex.class, () -> AuditRegex.compile("a(")).getMessage()
                .startsWith("bad regular expression: "));
    }
}
