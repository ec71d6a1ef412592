package org.cscript.parser;


import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cscript.builtins.Constants;
import org.cscript.language.Diagnostic;
import org.cscript.language.FrontEnd;
import org.cscript.language.ParseResult;
import org.cscript.language.SourceFile;
import org.cscript.nodes.CsStatementNode;

/**
 * State and position helpers shared by the builders of one file: its parse result (which holds
 * the templates of its strings; an imported module has a builder and parse result of its own),
 * the names visible so far, the current scope, and diagnostics at parse-tree positions
 * (reported, never thrown, so that every problem of a file is listed).
 */
abstract class BuilderSupport {
    final ScriptCompiler compiler;
    final Source source;
    final SourceFile file;
    final ParseResult parsed;
    /** Functions visible in this file (own, imported, already registered): name -> arity. */
    final Map<String, Integer> functions = new LinkedHashMap<>();
    /** Globals a function body may use: all top-level lets of this file, imported ones. */
    final Set<String> allGlobals = new LinkedHashSet<>();
    /** Globals top-level code may use so far (declared above the current statement). */
    final Set<String> declaredGlobals = new LinkedHashSet<>();
    Scope scope;

    BuilderSupport(ScriptCompiler compiler, Source source) {
        this.compiler = compiler;
        this.source = source;
        this.file = new SourceFile(source.getName(), source.getCharacters().toString());
        this.parsed = FrontEnd.parse(file);
    }

    /**
     * A top-level variable visible here: declared above it (inside a function: anywhere at the
     * top level of the file or an imported module) or by an earlier REPL input.
     */
    boolean globalVisible(String name) {
        return (scope.isFunction() ? allGlobals : declaredGlobals).contains(name)
                || compiler.context().globals().isDefined(name);
    }

    /** Names a misspelt variable may have meant: locals, visible globals, constants. */
    List<String> visibleNames() {
        List<String> names = new ArrayList<>(scope.visibleNames());
        (scope.isFunction() ? allGlobals : declaredGlobals).forEach(names::add);
        names.addAll(Constants.all().keySet());
        return names;
    }

    // ---------------------------------------------------------------------------------------
    // Positions and diagnostics

    <T extends CsStatementNode> T at(T node, ParserRuleContext ctx) {
        if (node != null && !node.hasSourceRange()) {
            int start = offset(ctx.getStart());
            node.setSourceRange(start, end(ctx) - start);
        }
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

    int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        if (stop.getType() == Token.EOF) {
            return Math.min(offset(stop), source.getLength());   // a whole file ends before EOF
        }
        return offset(stop) + Math.max(1, length(stop));
    }

    SourceSection section(ParserRuleContext ctx) {
        int start = offset(ctx.getStart());
        return source.createSection(start, end(ctx) - start);
    }

    void report(ParserRuleContext ctx, String message) {
        int start = offset(ctx.getStart());
        reportRange(start, end(ctx) - start, message);
    }

    void reportAt(Token token, String message) {
        reportRange(offset(token), Math.max(1, length(token)), message);
    }

    /**
     * Reports at a range; a range over several lines is underlined to the end of its first line.
     * Measuring by the section's end line (as for runtime errors) cuts exactly at the line end
     * because no reported range ends on a line terminator: it ends with a token that is not a newline.
     */
    void reportRange(int start, int length, String message) {
        SourceSection at = source.createSection(start, Math.max(0, Math.min(length, source.getLength() - start)));
        compiler.report(Diagnostic.ofRange(file, at.getStartLine(), at.getStartColumn(), at.getEndLine(),
                at.getEndColumn(), source.getLineLength(at.getStartLine()), message).format());
    }
}
