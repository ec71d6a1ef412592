package org.cscript.language;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The nesting limit (docs/limits.md): a script may nest brackets, blocks and operations at most
 * {@link #MAX_DEPTH} levels deep. Checked twice, both without recursion: on the tokens before
 * the parser runs (brackets and braces, so the parser never recurses deeper than that), and on
 * the parse tree (operator chains like a 20,000-term sum or a long {@code else if} chain, which
 * the later passes walk recursively). The error points at the token that goes one level too deep,
 * the same on every run.
 */
final class NestingLimit {
    static final int MAX_DEPTH = 10_000;

    private NestingLimit() {
    }

    /** Reports the first bracket that opens level MAX_DEPTH + 1; true if the tokens are within the limit. */
    static boolean checkTokens(List<Token> tokens, DiagnosticCollector collector) {
        int depth = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case CscriptLexer.LPAREN, CscriptLexer.LBRACK, CscriptLexer.LBRACE -> {
                    if (++depth > MAX_DEPTH) {
                        collector.addAt(t, message());
                        return false;
                    }
                }
                case CscriptLexer.RPAREN, CscriptLexer.RBRACK, CscriptLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return true;
    }

    /** Reports the first node of the parse tree deeper than the limit; true if there is none. */
    static boolean checkTree(ParseTree root, DiagnosticCollector collector) {
        Deque<ParseTree> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            ParseTree node = nodes.pop();
            int outer = depths.pop();
            if (!(node instanceof ParserRuleContext rule)) {
                continue;
            }
            int depth = outer + (countsAsLevel(rule) ? 1 : 0);
            if (depth > MAX_DEPTH) {
                collector.addAt(levelToken(rule), message());
                return false;
            }
            for (int i = rule.getChildCount() - 1; i >= 0; i--) {
                nodes.push(rule.getChild(i));
                depths.push(depth);
            }
        }
        return true;
    }

    /** A level of the script's nesting: an operation or operand, a block, a link of an {@code else if} chain. */
    private static boolean countsAsLevel(ParserRuleContext rule) {
        return rule instanceof CscriptParser.ExprContext || rule instanceof CscriptParser.BlockContext
                || rule instanceof CscriptParser.IfStatementContext;
    }

    /** The token that opens the level: an operator ({@code +} of a chain of sums), else the rule's first token. */
    private static Token levelToken(ParserRuleContext rule) {
        for (int i = 1; i < rule.getChildCount(); i++) {
            if (rule.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
                return t.getSymbol();
            }
        }
        return rule.getStart();
    }

    private static String message() {
        return "nested too deeply: more than " + MAX_DEPTH + " levels of brackets, blocks or operations "
                + "(the nesting limit)";
    }
}
