package org.cscript.language;

import static org.cscript.language.TokenDescriptions.isSeparator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's error recovery, adapted to a line-oriented language: junk is skipped to the end of its
 * line, newlines are never deleted and '{' is never invented, so one mistake gives one message
 * and later lines are still checked. Messages come from {@link SyntaxMessages}.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxMessages messages;
    /**
     * Set by the first error of a statement, cleared when the next statement starts: at most one
     * error per statement. ANTLR's own recovery mode ends at the next matched token, which lets
     * one mistake produce several messages inside a statement (e.g. one continued on a new line).
     */
    private boolean statementFailed;
    /**
     * Recovery sets by rule context (with EPSILON), so that unwinding an error through N nested
     * rules costs O(N), not ANTLR's O(N^2) (each level walked the whole chain again: 5,000
     * unclosed '(' took seconds).
     */
    private final Map<RuleContext, IntervalSet> recoverySets = new IdentityHashMap<>();

    /**
     * @param interpolation true when parsing the text of a ${...}: the end of input is then the
     *                      closing '}' and is named so
     */
    SyntaxErrorStrategy(DiagnosticCollector collector, boolean interpolation) {
        this.messages = new SyntaxMessages(collector, interpolation);
    }

    @Override
    public void reset(Parser parser) {
        super.reset(parser);
        statementFailed = false;
        recoverySets.clear();
    }

    /** ANTLR's set (the follow sets of every invoking state up the context chain), built once per context. */
    @Override
    protected IntervalSet getErrorRecoverySet(Parser parser) {
        ATN atn = parser.getInterpreter().atn;
        Deque<RuleContext> chain = new ArrayDeque<>();
        RuleContext ctx = parser.getContext();
        while (ctx != null && ctx.invokingState >= 0 && !recoverySets.containsKey(ctx)) {
            chain.push(ctx);
            ctx = ctx.parent;
        }
        IntervalSet above = ctx != null && ctx.invokingState >= 0 ? recoverySets.get(ctx) : new IntervalSet();
        while (!chain.isEmpty()) {
            RuleContext c = chain.pop();
            RuleTransition rt = (RuleTransition) atn.states.get(c.invokingState).transition(0);
            IntervalSet set = new IntervalSet(above);
            set.addAll(atn.nextTokens(rt.followState));
            recoverySets.put(c, set);
            above = set;
        }
        IntervalSet result = new IntervalSet(above);
        result.remove(Token.EPSILON);
        return result;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        if (!startReport(parser)) {
            return;
        }
        IntervalSet expected = e.getOffendingState() >= 0 ? e.getExpectedTokens() : parser.getExpectedTokens();
        messages.report(parser, e.getOffendingToken(), expected);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        reportAtCurrentToken(parser);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        reportAtCurrentToken(parser);
    }

    /** An unwanted or a missing token is reported alike: at the current token, with what was expected. */
    private void reportAtCurrentToken(Parser parser) {
        if (!startReport(parser)) {
            return;
        }
        messages.report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    /** Enters error recovery; false when this error must not be reported (one per statement). */
    private boolean startReport(Parser parser) {
        boolean report = !inErrorRecoveryMode(parser) && !statementFailed;
        beginErrorCondition(parser);
        statementFailed = true;
        return report;
    }

    /**
     * In statement lists (the script and blocks) junk is skipped up to the end of its line, so
     * that parsing resumes at the next statement. ANTLR's default would throw here, and the
     * script rule would then swallow the rest of the file without reporting anything more.
     */
    @Override
    public void sync(Parser parser) throws RecognitionException {
        ParserRuleContext context = parser.getContext();
        boolean inBlock = context instanceof CscriptParser.BlockContext block && block.LBRACE() != null;
        if (inBlock || context instanceof CscriptParser.ScriptContext) {
            Token previous = parser.getInputStream().LT(-1);
            if (previous == null || isSeparator(previous) || previous.getType() == CscriptLexer.LBRACE) {
                statementFailed = false;   // a new statement starts here
            }
            while (skippedJunkLine(parser, inBlock)) {
                // one junk line after another: each is reported and skipped
            }
        }
        super.sync(parser);
    }

    /**
     * If the next statement position (after any separators) holds a token that can neither
     * start a statement nor end the list, reports it and skips the rest of its line.
     */
    private boolean skippedJunkLine(Parser parser, boolean inBlock) {
        TokenStream input = parser.getInputStream();
        Token previous = input.LT(-1);
        int k = 1;
        while (isSeparator(input.LT(k))) {
            k++;
        }
        Token next = input.LT(k);
        boolean closes = next.getType() == Token.EOF || inBlock && next.getType() == CscriptLexer.RBRACE;
        boolean afterStatement = k == 1 && previous != null && !isSeparator(previous)
                && previous.getType() != CscriptLexer.LBRACE;
        if (closes || !afterStatement && StatementStarts.TOKENS.contains(next.getType())) {
            return false;
        }
        if (!afterStatement) {
            endErrorCondition(parser);   // a separator was passed: an earlier error is over
            statementFailed = false;
        }
        if (startReport(parser)) {
            messages.report(parser, next, afterStatement ? parser.getExpectedTokens() : StatementStarts.TOKENS);
        }
        for (int i = 1; i < k; i++) {
            parser.consume();
        }
        skipRestOfLine(parser, inBlock);
        return true;
    }

    /** Consumes up to the next separator, skipping whole { } groups (so a stray 'else { }' goes at once). */
    private static void skipRestOfLine(Parser parser, boolean inBlock) {
        TokenStream input = parser.getInputStream();
        int braces = 0;
        while (true) {
            Token token = input.LT(1);
            int type = token.getType();
            if (type == Token.EOF || braces == 0 && isSeparator(token)) {
                return;
            }
            if (type == CscriptLexer.LBRACE) {
                braces++;
            } else if (type == CscriptLexer.RBRACE) {
                if (braces == 0 && inBlock) {
                    return;
                }
                braces = Math.max(0, braces - 1);
            }
            parser.consume();
        }
    }

    /** A newline is never deleted to repair a statement: joining two lines makes up errors on the next one. */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        if (isSeparator(parser.getCurrentToken())) {
            return null;
        }
        return super.singleTokenDeletion(parser);
    }

    /**
     * A missing '{' is never invented: a phantom block would swallow the following statements
     * and report a confusing missing '}' at the end of the file. The one repair made is for a
     * '{' written at the start of the next line: the error is reported and the block is parsed.
     */
    @Override
    public Token recoverInline(Parser parser) throws RecognitionException {
        IntervalSet expected = getExpectedTokens(parser);
        if (!expected.contains(CscriptLexer.LBRACE)) {
            return super.recoverInline(parser);
        }
        Token deleted = singleTokenDeletion(parser);
        if (deleted != null) {
            parser.consume();
            return deleted;
        }
        TokenStream input = parser.getInputStream();
        int k = 1;
        while (input.LA(k) == CscriptLexer.NL) {
            k++;
        }
        if (k == 1 || input.LA(k) != CscriptLexer.LBRACE) {
            throw new InputMismatchException(parser);
        }
        if (startReport(parser)) {
            messages.report(parser, input.LT(1), expected);
        }
        for (int i = 1; i < k; i++) {
            parser.consume();
        }
        Token brace = parser.getCurrentToken();
        reportMatch(parser);
        parser.consume();
        return brace;
    }
}
