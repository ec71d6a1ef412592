package org.cscript.parser;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.language.CscriptParser.ExprStmtContext;
import org.cscript.language.CscriptParser.ScriptContext;
import org.cscript.language.CscriptParser.StatementContext;
import org.cscript.language.ParseResult;
import org.cscript.nodes.BlockNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.ScriptRootNode;
import org.cscript.runtime.CsFunction;
import org.cscript.runtime.CscriptLanguage;

/**
 * Builds one file (the main script or an imported module) into its root node and runs the
 * static checks, reporting every problem rather than the first: the prepass of its top-level
 * declarations, the config placement, then its statements. It wires the builders of the file,
 * which share its {@link FileState} and {@link Positions}.
 */
final class FileBuilder {
    private final FileState state;
    private final Positions positions;
    private final ConstantStrings strings;
    private final TopLevelDeclarations declarations;
    private final boolean main;

    FileBuilder(ScriptCompiler compiler, Source source, boolean main) {
        this.state = new FileState(compiler, source);
        this.positions = new Positions(compiler, source, state.file());
        this.strings = new ConstantStrings(state.parsed(), positions);
        this.declarations = new TopLevelDeclarations(state, positions, strings);
        this.main = main;
    }

    ScriptRootNode build() {
        Source source = state.source();
        SourceSection section = source.createSection(0, source.getLength());
        ParseResult parsed = state.parsed();
        ScriptCompiler compiler = state.compiler();
        if (!parsed.ok()) {
            // The tree has error nodes; static checks on it would only add noise.
            parsed.diagnostics().forEach(compiler::report);
            return new ScriptRootNode(compiler.language(), new Scope(false).build(),
                    new BlockNode(new CsStatementNode[0]), new CsFunction[0], main, section);
        }
        ScriptContext tree = parsed.tree();
        declarations.collect(tree);
        ConfigPlacement.check(tree, positions);
        StatementBuilder statements = statementBuilder();
        BlockNode body = statements.fileBody(tree);
        return new ScriptRootNode(compiler.language(), state.scope().build(), body, statements.compiledFunctions(),
                main, main && showsLastValue(source, tree), section);
    }

    /** A REPL input ending in a bare expression shows its value (CscriptLanguage.REPL_MIME_TYPE). */
    private static boolean showsLastValue(Source source, ScriptContext tree) {
        List<StatementContext> statements = tree.statement();
        return CscriptLanguage.REPL_MIME_TYPE.equals(source.getMimeType()) && !statements.isEmpty()
                && statements.getLast() instanceof ExprStmtContext;
    }

    private StatementBuilder statementBuilder() {
        LiteralKinds kinds = new LiteralKinds(state);
        CallBuilder calls = new CallBuilder(state, positions, kinds);
        ExpressionBuilder expressions = new ExpressionBuilder(state, positions, calls);
        return new StatementBuilder(state, positions, expressions, kinds, strings, declarations);
    }

    /** What an importer sees of this file's functions (after {@link #build}). */
    Map<String, Integer> exportedFunctions() {
        return declarations.exportedFunctions();
    }

    /** What an importer sees of this file's globals (after {@link #build}). */
    Set<String> exportedGlobals() {
        return declarations.exportedGlobals();
    }
}
