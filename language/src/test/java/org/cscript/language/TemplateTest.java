package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class TemplateTest {

    /** The first STRING (or audit value) token of a one-line script and its template. */
    private record Built(SourceFile file, Template template, List<Diagnostic> errors) {
    }

    private static Built string(String line) {
        SourceFile file = new SourceFile("t.cscript", line);
        List<Diagnostic> errors = new ArrayList<>();
        Token token = firstToken(line, CscriptLexer.STRING);
        return new Built(file, Template.ofStringToken(file, token, errors), errors);
    }

    private static Built auditValue(String line, int type) {
        SourceFile file = new SourceFile("t.cscript", line);
        List<Diagnostic> errors = new ArrayList<>();
        return new Built(file, Template.ofAuditValue(file, firstToken(line, type), errors), errors);
    }

    private static Token firstToken(String text, int type) {
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(text));
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == type) {
                return t;
            }
        }
        throw new AssertionError("no token of type " + CscriptLexer.VOCABULARY.getSymbolicName(type) + " in " + text);
    }

    /** A token's 1-based column in the original file. */
    private static int column(Token token) {
        return token.getCharPositionInLine() + 1;
    }

    /** A token's {line, column} (1-based) in the original file. */
    private static int[] position(Token token) {
        return new int[] {token.getLine(), column(token)};
    }

    @Test
    void escapesAreProcessed() {
        Built b = string("print \"a\\nb\\rc\\td\\\"e\\\\f\\$g\\0h\"");
        assertTrue(b.errors().isEmpty());
        assertTrue(b.template().isConstant());
        assertEquals("a\nb\rc\td\"e\\f$g\0h", b.template().constantText());
    }

    @Test
    void escapedDollarBraceIsLiteral() {
        Built b = string("print \"cost \\${x}\"");
        assertTrue(b.errors().isEmpty());
        assertEquals("cost ${x}", b.template().constantText());
    }

    @Test
    void emptyStringIsAConstantWithNoParts() {
        Built b = string("print \"\"");
        assertTrue(b.template().parts().isEmpty());
        assertEquals("", b.template().constantText());
    }

    @Test
    void interpolationsSplitTheText() {
        Built b = string("print \"pid ${t.pid} of ${name}!\"");
        assertTrue(b.errors().isEmpty());
        List<Template.Part> parts = b.template().parts();
        assertEquals(5, parts.size());
        assertEquals(new Template.Text("pid "), parts.get(0));
        Template.Expr pid = assertInstanceOf(Template.Expr.class, parts.get(1));
        assertInstanceOf(CscriptParser.FieldExprContext.class, pid.expr());
        assertEquals("t.pid", pid.expr().getText());
        assertEquals(1, pid.expr().getStart().getLine());
        assertEquals(14, column(pid.expr().getStart()));   // print "pid ${t.pid}: 't' is the 14th character
        assertEquals(new Template.Text(" of "), parts.get(2));
        assertEquals("name", ((Template.Expr) parts.get(3)).expr().getText());
        assertEquals(new Template.Text("!"), parts.get(4));
        assertFalse(b.template().isConstant());
        assertThrows(IllegalStateException.class, () -> b.template().constantText());
    }

    @Test
    void expressionColumnIsItsFirstCharacterAfterSpaces() {
        Built b = string("x = \"${  a + 1 }\"");
        Template.Expr e = (Template.Expr) b.template().parts().getFirst();
        assertEquals(10, column(e.expr().getStart()));
    }

    @Test
    void subTokensMapToTheOriginalFile() {
        SourceFile file = new SourceFile("t.cscript", "let a = 1\n\tprint \"v=${f(a, bb)}\"\n");
        ParseResult result = FrontEnd.parse(file);
        assertTrue(result.ok());
        Token string = ((CscriptParser.StringLitContext) ((CscriptParser.PrimaryExprContext)
                ((CscriptParser.PrintStmtContext) result.tree().statement(1)).expr()).primary()).STRING().getSymbol();
        Template.Expr call = (Template.Expr) Template.ofStringToken(file, string, new ArrayList<>()).parts().get(1);
        Token bb = ((CscriptParser.CallExprContext) ((CscriptParser.PrimaryExprContext) call.expr()).primary())
                .argList().expr(1).getStart();
        assertEquals("bb", bb.getText());
        assertArrayEquals(new int[] {2, 18}, position(bb));
        assertArrayEquals(new int[] {2, 13}, position(call.expr().getStart()));
        assertEquals(13, column(call.expr().getStart()));
        // character indexes are the file's too, so source sections can be cut from the file text
        assertEquals("bb", file.text().substring(bb.getStartIndex(), bb.getStopIndex() + 1));
        assertEquals("f(a, bb)", file.text().substring(call.expr().getStart().getStartIndex(),
                call.expr().getStop().getStopIndex() + 1));
    }

    @Test
    void syntaxErrorInsideInterpolationPointsIntoTheOriginalLine() {
        Built b = string("  print \"x ${a +* 2} y\"");
        assertEquals(1, b.errors().size());
        Diagnostic d = b.errors().getFirst();
        assertEquals(1, d.line());
        assertEquals(17, d.column());   // the '*'
        assertEquals("expected an expression after '+' but found '*'", d.message());
    }

    @Test
    void missingOperandBeforeTheClosingBraceNamesTheBrace() {
        Built b = string("print \"${x +}\"");
        assertEquals("expected an expression after '+' but found '}'", b.errors().getFirst().message());
        assertEquals(13, b.errors().getFirst().column());
    }

    @Test
    void interpolationErrorsOnALaterLineOfTheFileKeepTheirLine() {
        ParseResult result = FrontEnd.parse(new SourceFile("t.cscript", "print 1\n\nprint \"${(1}\"\n"));
        assertEquals(1, result.diagnostics().size());
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(3, d.line());
        assertEquals(12, d.column());
        assertEquals("expected ')' to close '(' at 3:10 but found '}'", d.message());
    }

    @Test
    void stringLiteralsInsideAnInterpolationMayContainBraces() {
        Built b = string("print \"a ${f(\"}\") + \"b\"} c\"");
        assertTrue(b.errors().isEmpty(), () -> b.errors().toString());
        assertEquals(3, b.template().parts().size());
        assertEquals("f(\"}\")+\"b\"", ((Template.Expr) b.template().parts().get(1)).expr().getText());
    }

    @Test
    void nestedTemplatesAlsoMapToTheOriginalFile() {
        ParseResult result = FrontEnd.parse(new SourceFile("t.cscript", "print \"a ${\"b ${c +}\"} d\"\n"));
        assertEquals(1, result.diagnostics().size());
        assertEquals(20, result.diagnostics().getFirst().column());   // the inner '}'
    }

    @Test
    void nestedTemplateTokensKeepFileIndexes() {
        SourceFile file = new SourceFile("t.cscript", "x\nprint \"a ${\"b ${cc}\"} d\"\n");
        ParseResult result = FrontEnd.parse(file);
        assertTrue(result.ok());
        Token outer = firstToken(file.text(), CscriptLexer.STRING);
        Template.Expr inner = (Template.Expr) Template.ofStringToken(file, outer, new ArrayList<>()).parts().get(1);
        Token innerString = inner.expr().getStart();
        Template.Expr cc = (Template.Expr) Template.ofStringToken(file, innerString, new ArrayList<>()).parts().get(1);
        Token ccToken = cc.expr().getStart();
        assertEquals("cc", file.text().substring(ccToken.getStartIndex(), ccToken.getStopIndex() + 1));
        assertArrayEquals(new int[] {2, 17}, position(ccToken));
    }

    @Test
    void parseResultKeepsTheTemplateOfEveryStringAndAuditValue() {
        SourceFile file = new SourceFile("t.cscript", "print \"a ${\"b ${cc}\"} d\"\nassert_audit T f=x-${y} g=\"q\" h=w\n");
        ParseResult result = FrontEnd.parse(file);
        assertTrue(result.ok(), () -> result.diagnostics().toString());
        Token outer = ((CscriptParser.StringLitContext) ((CscriptParser.PrimaryExprContext)
                ((CscriptParser.PrintStmtContext) result.tree().statement(0)).expr()).primary()).STRING().getSymbol();
        Template.Expr inner = assertInstanceOf(Template.Expr.class, result.template(outer).parts().get(1));
        Token innerString = inner.expr().getStart();   // a string inside ${...} has its template too
        assertEquals("cc", ((Template.Expr) result.template(innerString).parts().get(1)).expr().getText());
        CscriptParser.AuditCheckContext audit =
                ((CscriptParser.AuditStmtContext) result.tree().statement(1)).auditCheck();
        Token bare = audit.auditField(0).auditValue().getStart();
        assertEquals(new Template.Text("x-"), result.template(bare).parts().getFirst());
        assertEquals("q", result.template(audit.auditField(1).auditValue().getStart()).constantText());
        assertEquals("w", result.template(audit.auditField(2).auditValue().getStart()).constantText());
        assertThrows(IllegalArgumentException.class, () -> result.template(audit.AUDIT_WORD().getSymbol()));
    }

    @Test
    void unknownEscapeIsReportedAtTheBackslash() {
        Built b = string("print \"a\\qb\"");
        assertEquals(1, b.errors().size());
        assertEquals(9, b.errors().getFirst().column());
        assertEquals(2, b.errors().getFirst().length());
    }

    @Test
    void unterminatedAndEmptyInterpolationsAreErrors() {
        assertEquals("unterminated interpolation: '${' without a closing '}'",
                string("print \"a ${b\"").errors().getFirst().message());
        assertEquals("empty interpolation '${}'", string("print \"${}\"").errors().getFirst().message());
    }

    @Test
    void auditBareValueHasInterpolationsButNoEscapes() {
        Built b = auditValue("assert_audit SYSCALL exe=/bin/a\\b-${name}.x", CscriptLexer.AV_BARE);
        assertTrue(b.errors().isEmpty());
        List<Template.Part> parts = b.template().parts();
        assertEquals(new Template.Text("/bin/a\\b-"), parts.get(0));
        Template.Expr name = (Template.Expr) parts.get(1);
        assertEquals(37, column(name.expr().getStart()));
        assertEquals(new Template.Text(".x"), parts.get(2));
    }

    @Test
    void auditStringValueIsUnquotedAndUnescaped() {
        Built b = auditValue("assert_audit USER msg=\"say \\\"hi\\\" to ${who}\"", CscriptLexer.AV_STRING);
        assertTrue(b.errors().isEmpty());
        assertEquals(new Template.Text("say \"hi\" to "), b.template().parts().get(0));
        assertEquals("who", ((Template.Expr) b.template().parts().get(1)).expr().getText());
    }

    @Test
    void auditWordIsConstantText() {
        Built b = auditValue("assert_audit CONTAINER op=set-contid", CscriptLexer.AUDIT_WORD);
        // the first AUDIT_WORD is the record type
        assertEquals("CONTAINER", b.template().constantText());
    }

    @Test
    void regexAndAnyAreNotTemplates() {
        SourceFile file = new SourceFile("t", "assert_audit A b=*");
        Token any = firstToken(file.text(), CscriptLexer.AV_ANY);
        assertThrows(IllegalArgumentException.class, () -> Template.ofAuditValue(file, any, new ArrayList<>()));
    }
}
