package org.cscript.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.language.CscriptParser.*;
import org.cscript.nodes.AssertNode;
import org.cscript.nodes.BlockNode;
import org.cscript.nodes.ConfigNode;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsRootNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.ImportNode;
import org.cscript.nodes.PrintNode;
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
import org.cscript.nodes.local.WriteLocalNodeGen;
import org.cscript.runtime.CsFunction;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.ModuleUnit;

/**
 * Builds statement nodes and the checks that depend on where a statement stands (import,
 * config and fn only at the top level, return in a function, break/continue in a loop),
 * config keys and values, and the kinds of as and expect; variables and audit checks through
 * their own builders. Each function definition is compiled into a {@link CsFunction} of its own frame.
 */
final class StatementBuilder {
    private final FileState state;
    private final Positions positions;
    private final ExpressionBuilder expressions;
    private final LiteralKinds kinds;
    private final VariableBuilder variables;
    private final AuditPatternBuilder audits;
    private final ConstantStrings strings;
    private final TopLevelDeclarations declarations;
    private final List<CsFunction> compiledFunctions = new ArrayList<>();

    StatementBuilder(FileState state, Positions positions, ExpressionBuilder expressions, LiteralKinds kinds,
            ConstantStrings strings, TopLevelDeclarations declarations) {
        this.state = state;
        this.positions = positions;
        this.expressions = expressions;
        this.kinds = kinds;
        this.variables = new VariableBuilder(state, positions, expressions);
        this.audits = new AuditPatternBuilder(positions, expressions);
        this.strings = strings;
        this.declarations = declarations;
    }

    /** The body of the file's root: its top-level statements. */
    BlockNode fileBody(ScriptContext tree) {
        return rootBody(statements(tree.statement()), tree);
    }

    /** The functions defined in the file, in definition order (built by {@link #fileBody}). */
    CsFunction[] compiledFunctions() {
        return compiledFunctions.toArray(new CsFunction[0]);
    }

    /** The body of a root (the file or a function), marked so that instruments see it as one. */
    private BlockNode rootBody(CsStatementNode[] nodes, ParserRuleContext ctx) {
        BlockNode body = positions.at(new BlockNode(nodes), ctx);
        body.markRootBody();
        return body;
    }

    private Scope scope() {
        return state.scope();
    }

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
            case LetStmtContext let -> variables.let(let);
            case AssignStmtContext assign -> variables.assign(assign);
            case FnStmtContext fn -> functionStatement(fn);
            case ReturnStmtContext ret -> returnStatement(ret);
            case BreakStmtContext b -> scope().inLoop() ? new BreakNode()
                    : misplaced(ctx, "'break' outside a loop");
            case ContinueStmtContext c -> scope().inLoop() ? new ContinueNode()
                    : misplaced(ctx, "'continue' outside a loop");
            case IfStmtContext ifs -> ifStatement(ifs.ifStatement());
            case WhileStmtContext w -> whileStatement(w);
            case ForStmtContext f -> forStatement(f);
            case AsStmtContext as -> asStatement(as);
            case ConcurrentlyStmtContext c -> new ConcurrentlyBuilder(positions, expressions, strings, kinds,
                    this::branchSteps).build(c);
            case OutcomeStmtContext o -> ConcurrentlyBuilder.outcome(o, positions, expressions);
            case ExpectStmtContext ex -> expectStatement(ex);
            case AssertStmtContext a -> assertStatement(a);
            case PrintStmtContext p -> new PrintNode(expressions.expr(p.expr()));
            case AuditStmtContext audit -> {
                state.compiler().noteAssertsAudit();
                yield audits.auditCheck(audit.auditCheck());
            }
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
        if (!scope().isFileTopLevel()) {
            return misplaced(ctx, "import is only allowed at the top level of a file");
        }
        ModuleUnit unit = declarations.moduleOf(ctx);
        return unit == null ? null : new ImportNode(unit);
    }

    private CsStatementNode configStatement(ConfigStmtContext ctx) {
        if (!scope().isFileTopLevel()) {
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

    /** Compiles the function into its own frame (parameters first, then the body); builds to no statement. */
    private CsStatementNode functionStatement(FnStmtContext ctx) {
        if (!scope().isFileTopLevel()) {
            return misplaced(ctx, "functions can only be defined at the top level of a file");
        }
        String name = ctx.ID().getText();
        Scope outer = state.replaceScope(new Scope(true));
        try {
            List<CsStatementNode> body = new ArrayList<>();
            List<TerminalNode> params = ctx.paramList() == null ? List.of() : ctx.paramList().ID();
            for (int i = 0; i < params.size(); i++) {
                String param = params.get(i).getText();
                int slot = scope().declare(param);
                if (slot < 0) {
                    positions.reportAt(params.get(i).getSymbol(), "parameter '" + param + "' is declared twice");
                    continue;
                }
                body.add(WriteLocalNodeGen.create(new ReadArgumentNode(i), slot));
            }
            body.add(block(ctx.block()));
            BlockNode bodyNode = rootBody(body.toArray(new CsStatementNode[0]), ctx.block());
            bodyNode.declareLocals(scope().innermostLocals());   // the parameters
            CsRootNode root = new CsRootNode(state.compiler().language(), scope().build(), bodyNode, name,
                    positions.section(ctx));
            compiledFunctions.add(new CsFunction(name, params.size(), root.getCallTarget()));
        } finally {
            state.replaceScope(outer);
        }
        return null;
    }

    /** The condition records its values in a hidden slot of the frame; the message is evaluated only on failure. */
    private CsStatementNode assertStatement(AssertStmtContext ctx) {
        AssertRecording recording = new AssertRecording(positions, scope().hiddenSlot());
        CsExpressionNode condition = expressions.assertCondition(ctx.expr(0), recording);
        CsExpressionNode message = ctx.expr().size() > 1 ? expressions.expr(ctx.expr(1)) : null;
        return new AssertNode(condition, message, recording.recordSlot(), recording.recorded());
    }

    private CsStatementNode returnStatement(ReturnStmtContext ctx) {
        if (!scope().isFunction()) {
            return misplaced(ctx, "'return' outside a function");
        }
        if (scope().inBranch()) {
            return misplaced(ctx, "'return' cannot leave a concurrently branch (its steps run interleaved with the others')");
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
        scope().enterLoop();
        try {
            return new WhileNode(condition, block(ctx.block()));
        } finally {
            scope().exitLoop();
        }
    }

    private CsStatementNode forStatement(ForStmtContext ctx) {
        CsExpressionNode first = expressions.expr(ctx.expr(0));
        CsExpressionNode second = ctx.expr().size() > 1 ? expressions.expr(ctx.expr(1)) : null;
        scope().enterBlock();
        scope().enterLoop();
        try {
            int variable = scope().declare(ctx.ID().getText());
            int hiddenA = scope().hiddenSlot();
            int hiddenB = scope().hiddenSlot();
            CsStatementNode body = block(ctx.block());
            CsStatementNode loop = second != null ? new ForRangeNode(variable, hiddenA, hiddenB, first, second, body)
                    : new ForEachNode(variable, hiddenA, hiddenB, first, body);
            loop.declareLocals(scope().innermostLocals());
            return loop;
        } finally {
            scope().exitLoop();
            scope().exitBlock();
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
            positions.report(ctx.expr(),
                    "expect needs an errno name such as EPERM, got " + ArgumentKinds.describe(kind));
        }
        return new ExpectNode(expressions.expr(ctx.expr()), block(ctx.block()));
    }

    /** A concurrently branch's block: its statements are its steps, in a scope of their own. */
    private CsStatementNode[] branchSteps(BlockContext ctx) {
        scope().enterBlock();
        int loops = scope().enterBranch();
        try {
            return statements(ctx.statement());
        } finally {
            scope().exitBranch(loops);
            scope().exitBlock();
        }
    }

    private BlockNode block(BlockContext ctx) {
        scope().enterBlock();
        try {
            BlockNode block = positions.at(new BlockNode(statements(ctx.statement())), ctx);
            block.declareLocals(scope().innermostLocals());
            return block;
        } finally {
            scope().exitBlock();
        }
    }
}
