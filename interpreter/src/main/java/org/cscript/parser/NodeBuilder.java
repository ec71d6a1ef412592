package org.cscript.parser;

import org.cscript.runtime.AuditAssertions;
import org.cscript.runtime.CsFunction;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.ModuleUnit;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cscript.audit.RecordType;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser;
import org.cscript.language.ParseResult;
import org.cscript.language.CscriptParser.*;
import org.cscript.nodes.AssertNode;
import org.cscript.nodes.BlockNode;
import org.cscript.nodes.ConfigNode;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsRootNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.ImportNode;
import org.cscript.nodes.PrintNode;
import org.cscript.nodes.ScriptRootNode;
import org.cscript.nodes.audit.AuditAssertNode;
import org.cscript.nodes.audit.FieldPatternNode;
import org.cscript.nodes.controlflow.AsNode;
import org.cscript.nodes.controlflow.BreakNode;
import org.cscript.nodes.controlflow.ContinueNode;
import org.cscript.nodes.controlflow.ExpectNode;
import org.cscript.nodes.controlflow.ForEachNode;
import org.cscript.nodes.controlflow.ForRangeNode;
import org.cscript.nodes.controlflow.IfNode;
import org.cscript.nodes.controlflow.ReturnNode;
import org.cscript.nodes.controlflow.WhileNode;
import org.cscript.nodes.local.ReadArgumentNode;
import org.cscript.nodes.local.WriteGlobalNode;
import org.cscript.nodes.local.WriteLocalNodeGen;

/**
 * Turns the parse tree of one file into Truffle nodes and performs the static checks
 * (unknown names, builtin arity, literal argument kinds, config keys, misplaced
 * return/break/continue/fn/import), reporting every problem rather than the first.
 * Statements are built here, expressions by an {@link ExpressionBuilder}, the top-level
 * declarations collected first by {@link TopLevelDeclarations}.
 */
final class NodeBuilder {
    private final FileState state;
    private final Positions positions;
    private final ConstantStrings strings;
    private final LiteralKinds kinds;
    private final ExpressionBuilder expressions;
    private final boolean main;
    private final TopLevelDeclarations declarations;
    private final List<CsFunction> compiledFunctions = new ArrayList<>();

    NodeBuilder(ScriptCompiler compiler, Source source, boolean main) {
        this.state = new FileState(compiler, source);
        this.positions = new Positions(compiler, source, state.file());
        this.strings = new ConstantStrings(state.parsed(), positions);
        this.kinds = new LiteralKinds(state);
        this.expressions = new ExpressionBuilder(state, positions, new CallBuilder(state, positions, kinds));
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
            parsed.diagnostics().forEach(d -> compiler.report(d.format()));
            return new ScriptRootNode(compiler.language(), new Scope(false).build(), new BlockNode(new CsStatementNode[0]),
                    new CsFunction[0], main, section);
        }
        ScriptContext tree = parsed.tree();
        declarations.collect(tree);
        ConfigPlacement.check(tree, positions);
        BlockNode body = positions.at(new BlockNode(statements(tree.statement())), tree);
        body.markRootBody();
        return new ScriptRootNode(compiler.language(), state.scope().build(), body, compiledFunctions.toArray(new CsFunction[0]),
                main, section);
    }

    Map<String, Integer> exportedFunctions() {
        return declarations.exportedFunctions();
    }

    Set<String> exportedGlobals() {
        return declarations.exportedGlobals();
    }

    // ---------------------------------------------------------------------------------------
    // Statements

    /** The nodes of a statement list; statements that build to nothing (fn, errors) are left out. */
    private CsStatementNode[] statements(List<StatementContext> list) {
        List<CsStatementNode> nodes = new ArrayList<>();
        for (StatementContext statement : list) {
            CsStatementNode node = statement(statement);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes.toArray(new CsStatementNode[0]);
    }

    private CsStatementNode statement(StatementContext ctx) {
        CsStatementNode node = switch (ctx) {
            case ImportStmtContext imp -> importStatement(imp);
            case ConfigStmtContext config -> configStatement(config);
            case LetStmtContext let -> letStatement(let);
            case AssignStmtContext assign -> assignStatement(assign);
            case FnStmtContext fn -> functionStatement(fn);
            case ReturnStmtContext ret -> returnStatement(ret);
            case BreakStmtContext b -> state.scope().inLoop() ? new BreakNode() : misplaced(ctx, "'break' outside a loop");
            case ContinueStmtContext c -> state.scope().inLoop() ? new ContinueNode() : misplaced(ctx, "'continue' outside a loop");
            case IfStmtContext ifs -> ifStatement(ifs.ifStatement());
            case WhileStmtContext w -> whileStatement(w);
            case ForStmtContext f -> forStatement(f);
            case AsStmtContext as -> asStatement(as);
            case ExpectStmtContext ex -> expectStatement(ex);
            case AssertStmtContext a -> new AssertNode(expressions.expr(a.expr(0)), a.expr().size() > 1 ? expressions.expr(a.expr(1)) : null);
            case PrintStmtContext p -> new PrintNode(expressions.expr(p.expr()));
            case AuditStmtContext audit -> auditStatement(audit.auditCheck());
            case ExprStmtContext e -> expressions.expr(e.expr());
            default -> throw new IllegalStateException("unhandled statement " + ctx.getClass().getSimpleName());
        };
        if (node == null) {
            return null;
        }
        positions.at(node, ctx).markStatement();
        return node;
    }

    private CsStatementNode misplaced(ParserRuleContext ctx, String message) {
        positions.report(ctx, message);
        return null;
    }

    private CsStatementNode importStatement(ImportStmtContext ctx) {
        if (!state.scope().isFileTopLevel()) {
            return misplaced(ctx, "import is only allowed at the top level of a file");
        }
        ModuleUnit unit = declarations.moduleOf(ctx);
        return unit == null ? null : new ImportNode(unit);
    }

    private CsStatementNode configStatement(ConfigStmtContext ctx) {
        if (!state.scope().isFileTopLevel()) {
            return misplaced(ctx, "config is only allowed at the top level of a file");
        }
        String key = ctx.configKey().getText();
        ConfigValueContext v = ctx.configValue();
        String value = v.STRING() != null ? strings.textOrEmpty(v.STRING().getSymbol()) : v.getText();
        String problem = KernelSession.checkConfig(key, value);
        if (problem != null) {
            positions.report(ctx, problem);
            return null;
        }
        return new ConfigNode(key, value);
    }

    private CsStatementNode letStatement(LetStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expressions.expr(ctx.expr());
        if (Constants.lookup(name) != null) {
            positions.reportAt(ctx.ID().getSymbol(), "'" + name + "' is a constant and cannot be redeclared");
            return null;
        }
        if (state.scope().isFileTopLevel()) {
            state.declareGlobal(name);
            return new WriteGlobalNode(state.globalCell(name), value);
        }
        int slot = state.scope().declare(name);
        if (slot < 0) {
            positions.reportAt(ctx.ID().getSymbol(), "'" + name + "' is already declared in this block");
            return null;
        }
        return WriteLocalNodeGen.create(value, slot);
    }

    private CsStatementNode assignStatement(AssignStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expressions.expr(ctx.expr());
        int slot = state.scope().lookup(name);
        if (slot >= 0) {
            return WriteLocalNodeGen.create(value, slot);
        }
        if (state.globalVisible(name)) {
            return new WriteGlobalNode(state.globalCell(name), value);
        }
        if (Constants.lookup(name) != null) {
            positions.reportAt(ctx.ID().getSymbol(), "cannot assign to the constant '" + name + "'");
        } else {
            positions.reportAt(ctx.ID().getSymbol(), "unknown variable '" + name + "' (declare it with 'let')");
        }
        return null;
    }

    private CsStatementNode functionStatement(FnStmtContext ctx) {
        if (!state.scope().isFileTopLevel()) {
            return misplaced(ctx, "functions can only be defined at the top level of a file");
        }
        String name = ctx.ID().getText();
        Scope outer = state.replaceScope(new Scope(true));
        try {
            List<CsStatementNode> body = new ArrayList<>();
            List<TerminalNode> params = ctx.paramList() == null ? List.of() : ctx.paramList().ID();
            for (int i = 0; i < params.size(); i++) {
                String param = params.get(i).getText();
                int slot = state.scope().declare(param);
                if (slot < 0) {
                    positions.reportAt(params.get(i).getSymbol(), "parameter '" + param + "' is declared twice");
                    continue;
                }
                body.add(WriteLocalNodeGen.create(new ReadArgumentNode(i), slot));
            }
            body.add(block(ctx.block()));
            BlockNode bodyNode = positions.at(new BlockNode(body.toArray(new CsStatementNode[0])), ctx.block());
            bodyNode.markRootBody();
            CsRootNode root = new CsRootNode(state.compiler().language(), state.scope().build(), bodyNode, name, positions.section(ctx));
            compiledFunctions.add(new CsFunction(name, params.size(), root.getCallTarget()));
        } finally {
            state.replaceScope(outer);
        }
        return null;
    }

    private CsStatementNode returnStatement(ReturnStmtContext ctx) {
        if (!state.scope().isFunction()) {
            return misplaced(ctx, "'return' outside a function");
        }
        return new ReturnNode(ctx.expr() == null ? null : expressions.expr(ctx.expr()));
    }

    private CsStatementNode ifStatement(IfStatementContext ctx) {
        CsExpressionNode condition = expressions.expr(ctx.expr());
        CsStatementNode then = block(ctx.block(0));
        CsStatementNode otherwise = null;
        if (ctx.block().size() > 1) {
            otherwise = block(ctx.block(1));
        } else if (ctx.ifStatement() != null) {
            otherwise = positions.at(ifStatement(ctx.ifStatement()), ctx.ifStatement());
        }
        return new IfNode(condition, then, otherwise);
    }

    private CsStatementNode whileStatement(WhileStmtContext ctx) {
        CsExpressionNode condition = expressions.expr(ctx.expr());
        state.scope().enterLoop();
        try {
            return new WhileNode(condition, block(ctx.block()));
        } finally {
            state.scope().exitLoop();
        }
    }

    private CsStatementNode forStatement(ForStmtContext ctx) {
        CsExpressionNode first = expressions.expr(ctx.expr(0));
        CsExpressionNode second = ctx.expr().size() > 1 ? expressions.expr(ctx.expr(1)) : null;
        state.scope().enterBlock();
        state.scope().enterLoop();
        try {
            int variable = state.scope().declare(ctx.ID().getText());
            int hiddenA = state.scope().hiddenSlot();
            int hiddenB = state.scope().hiddenSlot();
            CsStatementNode body = block(ctx.block());
            if (second != null) {
                return new ForRangeNode(variable, hiddenA, hiddenB, first, second, body);
            }
            return new ForEachNode(variable, hiddenA, hiddenB, first, body);
        } finally {
            state.scope().exitLoop();
            state.scope().exitBlock();
        }
    }

    private CsStatementNode asStatement(AsStmtContext ctx) {
        String kind = kinds.of(ctx.expr());
        if (kind != null) {   // a literal or constant is never a task
            positions.report(ctx.expr(), "as needs a task, got " + ArgumentKinds.describe(kind));
        }
        return new AsNode(expressions.expr(ctx.expr()), block(ctx.block()));
    }

    private CsStatementNode expectStatement(ExpectStmtContext ctx) {
        String kind = kinds.of(ctx.expr());
        if (kind != null && !kind.equals("errno")) {
            positions.report(ctx.expr(), "expect needs an errno name such as EPERM, got " + ArgumentKinds.describe(kind));
        }
        return new ExpectNode(expressions.expr(ctx.expr()), block(ctx.block()));
    }

    private BlockNode block(BlockContext ctx) {
        state.scope().enterBlock();
        try {
            return positions.at(new BlockNode(statements(ctx.statement())), ctx);
        } finally {
            state.scope().exitBlock();
        }
    }

    private CsStatementNode auditStatement(AuditCheckContext ctx) {
        AuditAssertions.Kind kind = switch (ctx.kind.getType()) {
            case CscriptParser.ASSERT_AUDIT_NEXT -> AuditAssertions.Kind.CHECK_NEXT;
            case CscriptParser.ASSERT_NO_AUDIT -> AuditAssertions.Kind.CHECK_NOT;
            default -> AuditAssertions.Kind.CHECK;
        };
        String type = ctx.AUDIT_WORD().getText();
        if (!RecordType.isPrintedName(type)) {
            positions.reportAt(ctx.AUDIT_WORD().getSymbol(), "unknown audit record type '" + type + "'");
        }
        List<FieldPatternNode> fields = new ArrayList<>();
        for (AuditFieldContext field : ctx.auditField()) {
            String text = field.AUDIT_FIELD().getText();
            String name = text.substring(0, text.length() - 1);
            FieldPatternNode pattern = fieldPattern(name, field.auditValue());
            if (pattern != null) {
                fields.add(pattern);
            }
        }
        return new AuditAssertNode(kind, type, fields.toArray(new FieldPatternNode[0]));
    }

    private FieldPatternNode fieldPattern(String name, AuditValueContext value) {
        Token token = value.getStart();
        return switch (value) {
            case AuditAnyContext any -> FieldPatternNode.any(name);
            case AuditRegexContext regex -> {
                String text = token.getText();
                try {
                    yield FieldPatternNode.regex(name, Pattern.compile(text.substring(1, text.length() - 1)));
                } catch (PatternSyntaxException e) {
                    positions.reportAt(token, "bad regular expression: " + e.getDescription());
                    yield null;
                }
            }
            default -> FieldPatternNode.literal(name, expressions.template(token));
        };
    }
}
