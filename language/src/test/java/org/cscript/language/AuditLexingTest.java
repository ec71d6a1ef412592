package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The AUDIT lexer mode: what follows assert_audit, assert_audit_next and assert_no_audit. */
class AuditLexingTest {

    /** "SYMBOL:text" for every token, EOF excluded. */
    private static List<String> tokens(String text) {
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(text));
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            String shown = t.getText().replace("\n", "\\n");
            out.add(CscriptLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + shown);
        }
        return out;
    }

    @Test
    void typeAndSimpleFields() {
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:CONTAINER", "AUDIT_FIELD:op=",
                        "AUDIT_WORD:set", "AUDIT_FIELD:contid=", "AV_BARE:42", "AUDIT_END:\\n"),
                tokens("assert_audit CONTAINER op=set contid=42\n"));
    }

    @Test
    void stringRegexAnyAndInterpolatedValues() {
        assertEquals(List.of("ASSERT_AUDIT_NEXT:assert_audit_next", "AUDIT_WORD:SYSCALL",
                        "AUDIT_FIELD:comm=", "AV_STRING:\"run c\"", "AUDIT_FIELD:syscall=", "AV_REGEX:/10(0|1)/",
                        "AUDIT_FIELD:exit=", "AV_ANY:*", "AUDIT_FIELD:pid=", "AV_BARE:${t.pid + 1}"),
                tokens("assert_audit_next SYSCALL comm=\"run c\" syscall=/10(0|1)/ exit=* pid=${t.pid + 1}"));
    }

    @Test
    void bareValuesKeepDashesColonsParenthesesSlashesAndDots() {
        assertEquals(List.of("ASSERT_NO_AUDIT:assert_no_audit", "AUDIT_WORD:SYSCALL", "AUDIT_FIELD:old-contid=",
                        "AV_BARE:-1", "AUDIT_FIELD:nsdev=", "AV_BARE:00:04", "AUDIT_FIELD:tty=", "AV_BARE:(none)",
                        "AUDIT_FIELD:exe=", "AV_BARE:/usr/bin/runc", "AUDIT_FIELD:v=", "AV_BARE:1.5"),
                tokens("assert_no_audit SYSCALL old-contid=-1 nsdev=00:04 tty=(none) exe=/usr/bin/runc v=1.5"));
    }

    @Test
    void trailingCommentIsSkipped() {
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=", "AV_BARE:1",
                        "AUDIT_END:\\n", "ID:x"),
                tokens("assert_audit A b=1   # why this matters\nx"));
    }

    @Test
    void semicolonEndsThePatternAndCodeFollows() {
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=", "AV_BARE:1",
                        "AUDIT_END:;", "PRINT:print", "INT:2"),
                tokens("assert_audit A b=1; print 2"));
    }

    @Test
    void closingBraceOfABlockEndsThePattern() {
        assertEquals(List.of("LBRACE:{", "ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=",
                        "AV_BARE:1", "RBRACE:}", "RBRACE:}", "ELSE:else"),
                tokens("{ assert_audit A b=1} } else"));
        assertEquals(List.of("LBRACE:{", "ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=",
                        "AV_BARE:1", "RBRACE:}", "NL:\\n"),
                tokens("{ assert_audit A b=1 }\n"));
    }

    @Test
    void interpolationMayContainSpacesBracesInStringsAndSemicolons() {
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=",
                        "AV_BARE:x-${f(\"}; #\", 1)}-y"),
                tokens("assert_audit A b=x-${f(\"}; #\", 1)}-y"));
    }

    @Test
    void backslashNewlineContinuesAPattern() {
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=", "AV_BARE:1",
                        "AUDIT_FIELD:c=", "AV_BARE:2", "AUDIT_END:\\n"),
                tokens("assert_audit A b=1 \\\n   c=2\n"));
        assertEquals(List.of("ASSERT_AUDIT:assert_audit", "AUDIT_WORD:A", "AUDIT_FIELD:b=", "AV_BARE:1",
                        "AUDIT_FIELD:c=", "AV_BARE:2"),
                tokens("assert_audit A b=1\\\nc=2"));
    }

    @Test
    void regexThatLooksLikeAPathIsAPath() {
        // "/bin/sh" is longer as a bare value than "/bin/" as a regex: longest match wins
        assertEquals("AV_BARE:/bin/sh", tokens("assert_audit A exe=/bin/sh").get(3));
        assertEquals("AV_REGEX:/a b/", tokens("assert_audit A exe=/a b/").get(3));
    }

    @Test
    void assertAuditParsesCleanlyInAllForms() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", """
                assert_audit CONTAINER op=set contid=${id} comm="runc" res=* key=/^k/  # ok
                if true { assert_audit_next SYSCALL success=yes}
                assert_no_audit CONTAINER_OP; print 1
                """));
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        CscriptParser.AuditCheckContext check =
                ((CscriptParser.AuditStmtContext) result.tree().statement(0)).auditCheck();
        assertEquals(CscriptLexer.ASSERT_AUDIT, check.kind.getType());
        assertEquals("CONTAINER", check.AUDIT_WORD().getText());
        assertEquals(5, check.auditField().size());
        assertEquals(List.of("AuditBareContext", "AuditBareContext", "AuditStringContext", "AuditAnyContext",
                        "AuditRegexContext"),
                check.auditField().stream().map(f -> f.auditValue().getClass().getSimpleName()).toList());
    }
}
