package org.cscript.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

/** The sample valid/all_statements.cscript uses every statement label of the grammar. */
class AllStatementsTest {

    @Test
    void everyStatementFormParsesWithoutDiagnostics() throws Exception {
        ParseResult result = parseSample();
        assertTrue(result.ok(), () -> result.diagnostics().toString());

        Set<String> labels = new TreeSet<>();
        collectStatementLabels(result.tree(), labels);
        Set<String> grammarLabels = new TreeSet<>();
        Arrays.stream(CscriptParser.class.getDeclaredClasses())
                .filter(c -> c.getSuperclass() == CscriptParser.StatementContext.class)
                .forEach(c -> grammarLabels.add(c.getSimpleName()));
        assertEquals(19, grammarLabels.size(), "grammar statement labels changed: " + grammarLabels);
        assertEquals(grammarLabels, labels);
    }

    @Test
    void elseOnTheNextLineBelongsToTheIf() throws Exception {
        CscriptParser.ScriptContext tree = FrontEnd.parse(new SourceFile("t", """
                if a {
                  print 1
                } else if b {
                  print 2
                }
                else {
                  print 3
                }
                """)).tree();
        assertEquals(1, tree.statement().size());
        CscriptParser.IfStatementContext outer = ((CscriptParser.IfStmtContext) tree.statement(0)).ifStatement();
        CscriptParser.IfStatementContext inner = outer.ifStatement();
        assertNotNull(inner);
        assertEquals(2, inner.block().size(), "the last else belongs to the inner if");
    }

    @Test
    void operatorPrecedence() {
        CscriptParser.ScriptContext tree = FrontEnd.parse(new SourceFile("t",
                "let x = not a == -b * c + d | e and f or g\n")).tree();
        CscriptParser.ExprContext e = ((CscriptParser.LetStmtContext) tree.statement(0)).expr();
        assertInstanceOf(CscriptParser.OrExprContext.class, e);
        CscriptParser.ExprContext and = ((CscriptParser.OrExprContext) e).expr(0);
        assertInstanceOf(CscriptParser.AndExprContext.class, and);
        CscriptParser.ExprContext not = ((CscriptParser.AndExprContext) and).expr(0);
        assertInstanceOf(CscriptParser.NotExprContext.class, not);
        CscriptParser.ExprContext compare = ((CscriptParser.NotExprContext) not).expr();
        assertInstanceOf(CscriptParser.CompareExprContext.class, compare);
        CscriptParser.ExprContext bitOr = ((CscriptParser.CompareExprContext) compare).expr(1);
        assertInstanceOf(CscriptParser.BitOrExprContext.class, bitOr);
        CscriptParser.ExprContext add = ((CscriptParser.BitOrExprContext) bitOr).expr(0);
        assertInstanceOf(CscriptParser.AddExprContext.class, add);
        CscriptParser.ExprContext mul = ((CscriptParser.AddExprContext) add).expr(0);
        assertInstanceOf(CscriptParser.MulExprContext.class, mul);
        assertInstanceOf(CscriptParser.UnaryExprContext.class, ((CscriptParser.MulExprContext) mul).expr(0));
    }

    @Test
    void statementsAreSeparatedByNewlinesAndSemicolons() {
        ParseResult result = FrontEnd.parse(new SourceFile("t", "print 1; print 2\n\n;print 3\n"));
        assertTrue(result.ok());
        assertEquals(3, result.tree().statement().size());
    }

    @Test
    void forRangeAndForList() {
        CscriptParser.ScriptContext tree = FrontEnd.parse(new SourceFile("t",
                "for i in 0..n { }\nfor t in tasks { }\n")).tree();
        CscriptParser.ForStmtContext range = (CscriptParser.ForStmtContext) tree.statement(0);
        CscriptParser.ForStmtContext list = (CscriptParser.ForStmtContext) tree.statement(1);
        assertEquals(2, range.expr().size());
        assertEquals(1, list.expr().size());
    }

    private static ParseResult parseSample() throws IOException, java.net.URISyntaxException {
        Path path = Path.of(AllStatementsTest.class.getResource("valid/all_statements.cscript").toURI());
        return FrontEnd.parse(SourceFile.read(path));
    }

    private static void collectStatementLabels(ParseTree node, Set<String> labels) {
        if (node instanceof CscriptParser.StatementContext) {
            labels.add(node.getClass().getSimpleName());
        }
        List<ParseTree> children = new ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            children.add(node.getChild(i));
        }
        children.forEach(child -> collectStatementLabels(child, labels));
    }
}
