package org.cscript.parser;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cscript.language.Diagnostic;
import org.cscript.language.SourceFile;
import org.cscript.nodes.CsStatementNode;

/**
 * Positions in one file and the diagnostics reported at them: Truffle offsets of parse-tree
 * tokens and rules, node source ranges, and diagnostics handed to the compiler (reported, never
 * thrown, so that every problem of a file is listed).
 */
final class Positions {
    private final ScriptCompiler compiler;
    private final Source source;
    private final SourceFile file;

    Positions(ScriptCompiler compiler, Source source, SourceFile file) {
        this.compiler = compiler;
        this.source = source;
        this.file = file;
    }

    /** Gives a node the range of {@code ctx} unless it has one (an inner rule set it first). */
    <T extends CsStatementNode> T at(T node, ParserRuleContext ctx) {
        if (node != null && !node.hasSourceRange()) {
            node.setSourceRange(offset(ctx.getStart()), length(ctx));
        }
        return node;
    }

    /** Gives a node the range of one token (a call's errors point at the called name). */
    <T extends CsStatementNode> T atToken(T node, Token token) {
        node.setSourceRange(offset(token), length(token));
        return node;
    }

    /**
     * The character offset of a token in this file, from its line and column. Tokens of an
     * interpolation carry file coordinates too (InterpolationParser shifts their indexes), but
     * ANTLR's start index counts code points from the file start while Truffle offsets count
     * UTF-16 chars: from the line start, only a supplementary character earlier on the same
     * line (the column counts code points too) can shift the result.
     */
    int offset(Token token) {
        return source.getLineStartOffset(token.getLine()) + token.getCharPositionInLine();
    }

    /** The number of characters of a token (ANTLR counts code points). */
    static int length(Token token) {
        return token.getStopIndex() - token.getStartIndex() + 1;
    }

    private int length(ParserRuleContext ctx) {
        return end(ctx) - offset(ctx.getStart());
    }

    private int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        if (stop.getType() == Token.EOF) {
            return Math.min(offset(stop), source.getLength());   // a whole file ends before EOF
        }
        return offset(stop) + Math.max(1, length(stop));
    }

    SourceSection section(ParserRuleContext ctx) {
        return source.createSection(offset(ctx.getStart()), length(ctx));
    }

    void report(ParserRuleContext ctx, String message) {
        reportRange(offset(ctx.getStart()), length(ctx), message);
    }

    void reportAt(Token token, String message) {
        reportRange(offset(token), Math.max(1, length(token)), message);
    }

    /** Reports at the first {@code length} characters of a token (a field name without its '='). */
    void reportAt(Token token, int length, String message) {
        reportRange(offset(token), Math.max(1, Math.min(length, length(token))), message);
    }

    /**
     * Reports at a range; a range over several lines is underlined to the end of its first line.
     * Measuring by the section's end line (as for runtime errors) cuts exactly at the line end
     * because no reported range ends on a line terminator: it ends with a token that is not a newline.
     */
    private void reportRange(int start, int length, String message) {
        SourceSection at = source.createSection(start, Math.max(0, Math.min(length, source.getLength() - start)));
        compiler.report(Diagnostic.ofRange(file, at.getStartLine(), at.getStartColumn(), at.getEndLine(),
                at.getEndColumn(), source.getLineLength(at.getStartLine()), message));
    }
}
