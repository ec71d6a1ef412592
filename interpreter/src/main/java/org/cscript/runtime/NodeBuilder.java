package org.cscript.runtime;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.cscript.builtins.BuiltinInfo;
import org.cscript.builtins.Builtins;
import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser;
import org.cscript.language.Diagnostic;
import org.cscript.language.FrontEnd;
import org.cscript.language.ParseResult;
import org.cscript.language.SourceFile;
import org.cscript.language.Template;
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
import org.cscript.nodes.controlflow.CallNode;
import org.cscript.nodes.controlflow.ContinueNode;
import org.cscript.nodes.controlflow.ExpectNode;
import org.cscript.nodes.controlflow.ForEachNode;
import org.cscript.nodes.controlflow.ForRangeNode;
import org.cscript.nodes.controlflow.IfNode;
import org.cscript.nodes.controlflow.ReturnNode;
import org.cscript.nodes.controlflow.TryNode;
import org.cscript.nodes.controlflow.WhileNode;
import org.cscript.nodes.expression.AddNodeGen;
import org.cscript.nodes.expression.BitwiseNodeGen;
import org.cscript.nodes.expression.BooleanLiteralNode;
import org.cscript.nodes.expression.CompareNode;
import org.cscript.nodes.expression.CompareNodeGen;
import org.cscript.nodes.expression.ConstantNode;
import org.cscript.nodes.expression.DivNodeGen;
import org.cscript.nodes.expression.EqualNodeGen;
import org.cscript.nodes.expression.FieldNode;
import org.cscript.nodes.expression.FieldNodeGen;
import org.cscript.nodes.expression.IndexNodeGen;
import org.cscript.nodes.expression.InterpolationNode;
import org.cscript.nodes.expression.ListLiteralNode;
import org.cscript.nodes.expression.LogicalNode;
import org.cscript.nodes.expression.LongLiteralNode;
import org.cscript.nodes.expression.MulNodeGen;
import org.cscript.nodes.expression.NegateNodeGen;
import org.cscript.nodes.expression.NotNode;
import org.cscript.nodes.expression.SubNodeGen;
import org.cscript.nodes.local.ReadArgumentNode;
import org.cscript.nodes.local.ReadGlobalNode;
import org.cscript.nodes.local.ReadLocalNodeGen;
import org.cscript.nodes.local.WriteGlobalNode;
import org.cscript.nodes.local.WriteLocalNodeGen;

/**
 * Turns the parse tree of one file into Truffle nodes and performs the static checks
 * (unknown names, builtin arity, literal argument kinds, config keys, misplaced
 * return/break/continue/fn/import), reporting every problem rather than the first.
 */
final class NodeBuilder {
    /** Every field name some value has; others are reported statically. */
    private static final Set<String> FIELD_NAMES = fieldNames();

    private final ScriptCompiler compiler;
    private final Source source;
    private final boolean main;
    /** Functions visible in this file (own, imported, already registered): name -> arity. */
    private final Map<String, Integer> functions = new LinkedHashMap<>();
    private final Map<String, Integer> ownFunctions = new LinkedHashMap<>();
    /** Globals a function body may use: all top-level lets of this file, imported ones, the REPL's. */
    private final Set<String> allGlobals = new LinkedHashSet<>();
    /** Globals top-level code may use so far (declared above the current statement). */
    private final Set<String> declaredGlobals = new LinkedHashSet<>();
    private final Set<String> ownGlobals = new LinkedHashSet<>();
    private final List<CsFunction> compiledFunctions = new ArrayList<>();
    private final Map<String, ModuleUnit> imports = new LinkedHashMap<>();
    private final SourceFile file;
    private Scope scope;

    NodeBuilder(ScriptCompiler compiler, Source source, boolean main) {
        this.compiler = compiler;
        this.source = source;
        this.main = main;
        this.file = new SourceFile(source.getName(), source.getCharacters().toString());
    }

    ScriptRootNode build() {
        ParseResult parsed = FrontEnd.parse(file);
        SourceSection section = source.createSection(0, source.getLength());
        if (!parsed.ok()) {
            // The tree has error nodes; static checks on it would only add noise.
            parsed.diagnostics().forEach(d -> compiler.report(d.format()));
            return new ScriptRootNode(compiler.language(), new Scope(false).build(), new BlockNode(new CsStatementNode[0]),
                    new CsFunction[0], main, section);
        }
        ScriptContext tree = parsed.tree();
        functions.putAll(compiler.context().functions().arities());
        prepass(tree);
        scope = new Scope(false);
        List<CsStatementNode> statements = new ArrayList<>();
        for (StatementContext statement : tree.statement()) {
            CsStatementNode node = statement(statement);
            if (node != null) {
                statements.add(node);
            }
        }
        BlockNode body = at(new BlockNode(statements.toArray(new CsStatementNode[0])), tree);
        return new ScriptRootNode(compiler.language(), scope.build(), body, compiledFunctions.toArray(new CsFunction[0]),
                main, section);
    }

    Map<String, Integer> exportedFunctions() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (ModuleUnit unit : imports.values()) {
            result.putAll(unit.functions());
        }
        result.putAll(ownFunctions);
        return result;
    }

    Set<String> exportedGlobals() {
        Set<String> result = new LinkedHashSet<>();
        for (ModuleUnit unit : imports.values()) {
            result.addAll(unit.globals());
        }
        result.addAll(ownGlobals);
        return result;
    }

    /** Collects function signatures and top-level globals, and compiles the imported modules. */
    private void prepass(ScriptContext tree) {
        for (StatementContext statement : tree.statement()) {
            if (statement instanceof FnStmtContext fn) {
                String name = fn.ID().getText();
                int arity = fn.paramList() == null ? 0 : fn.paramList().ID().size();
                if (Builtins.lookup(name) != null) {
                    reportAt(fn.ID().getSymbol(), "'" + name + "' is a builtin and cannot be redefined");
                } else if (ownFunctions.containsKey(name)) {
                    reportAt(fn.ID().getSymbol(), "function '" + name + "' is defined twice in this file");
                }
                ownFunctions.put(name, arity);
            } else if (statement instanceof LetStmtContext let) {
                ownGlobals.add(let.ID().getText());
            } else if (statement instanceof ImportStmtContext imp) {
                String path = stringValue(imp.STRING().getSymbol());
                ModuleUnit unit = compiler.importModule(path, source, message -> reportAt(imp.STRING().getSymbol(), message));
                if (unit != null) {
                    imports.put(path, unit);
                    functions.putAll(unit.functions());
                    allGlobals.addAll(unit.globals());
                    declaredGlobals.addAll(unit.globals());
                }
            }
        }
        functions.putAll(ownFunctions);
        allGlobals.addAll(ownGlobals);
    }

    // ---------------------------------------------------------------------------------------
    // Statements

    private CsStatementNode statement(StatementContext ctx) {
        CsStatementNode node = switch (ctx) {
            case ImportStmtContext imp -> importStatement(imp);
            case ConfigStmtContext config -> configStatement(config);
            case LetStmtContext let -> letStatement(let);
            case AssignStmtContext assign -> assignStatement(assign);
            case FnStmtContext fn -> functionStatement(fn);
            case ReturnStmtContext ret -> returnStatement(ret);
            case BreakStmtContext b -> scope.inLoop() ? new BreakNode() : misplaced(ctx, "'break' outside a loop");
            case ContinueStmtContext c -> scope.inLoop() ? new ContinueNode() : misplaced(ctx, "'continue' outside a loop");
            case IfStmtContext ifs -> ifStatement(ifs.ifStatement());
            case WhileStmtContext w -> whileStatement(w);
            case ForStmtContext f -> forStatement(f);
            case AsStmtContext as -> new AsNode(expr(as.expr()), block(as.block()));
            case ExpectStmtContext ex -> expectStatement(ex);
            case AssertStmtContext a -> new AssertNode(expr(a.expr(0)), a.expr().size() > 1 ? expr(a.expr(1)) : null);
            case PrintStmtContext p -> new PrintNode(expr(p.expr()));
            case AuditStmtContext audit -> auditStatement(audit.auditCheck());
            case ExprStmtContext e -> expr(e.expr());
            default -> throw new IllegalStateException("unhandled statement " + ctx.getClass().getSimpleName());
        };
        return node == null ? null : at(node, ctx);
    }

    private CsStatementNode misplaced(ParserRuleContext ctx, String message) {
        report(ctx, message);
        return null;
    }

    private CsStatementNode importStatement(ImportStmtContext ctx) {
        if (!scope.isFileTopLevel()) {
            return misplaced(ctx, "import is only allowed at the top level of a file");
        }
        ModuleUnit unit = imports.get(stringValue(ctx.STRING().getSymbol()));
        return unit == null ? null : new ImportNode(unit);
    }

    private CsStatementNode configStatement(ConfigStmtContext ctx) {
        String key = ctx.configKey().getText();
        ConfigValueContext v = ctx.configValue();
        String value = v.STRING() != null ? stringValue(v.STRING().getSymbol()) : v.getText();
        String problem = KernelSession.checkConfig(key, value);
        if (problem != null) {
            report(ctx, problem);
            return null;
        }
        return new ConfigNode(key, value);
    }

    private CsStatementNode letStatement(LetStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expr(ctx.expr());
        if (Constants.lookup(name) != null) {
            reportAt(ctx.ID().getSymbol(), "'" + name + "' is a constant and cannot be redeclared");
            return null;
        }
        if (scope.isFileTopLevel()) {
            declaredGlobals.add(name);
            return new WriteGlobalNode(name, value);
        }
        int slot = scope.declare(name);
        if (slot < 0) {
            reportAt(ctx.ID().getSymbol(), "'" + name + "' is already declared in this block");
            return null;
        }
        return WriteLocalNodeGen.create(value, slot);
    }

    private CsStatementNode assignStatement(AssignStmtContext ctx) {
        String name = ctx.ID().getText();
        CsExpressionNode value = expr(ctx.expr());
        int slot = scope.lookup(name);
        if (slot >= 0) {
            return WriteLocalNodeGen.create(value, slot);
        }
        if (globalVisible(name)) {
            return new WriteGlobalNode(name, value);
        }
        if (Constants.lookup(name) != null) {
            reportAt(ctx.ID().getSymbol(), "cannot assign to the constant '" + name + "'");
        } else {
            reportAt(ctx.ID().getSymbol(), "unknown variable '" + name + "' (declare it with 'let')");
        }
        return null;
    }

    private CsStatementNode functionStatement(FnStmtContext ctx) {
        if (!scope.isFileTopLevel()) {
            return misplaced(ctx, "functions can only be defined at the top level of a file");
        }
        String name = ctx.ID().getText();
        Scope outer = scope;
        scope = new Scope(true);
        try {
            List<CsStatementNode> body = new ArrayList<>();
            List<TerminalNode> params = ctx.paramList() == null ? List.of() : ctx.paramList().ID();
            for (int i = 0; i < params.size(); i++) {
                String param = params.get(i).getText();
                int slot = scope.declare(param);
                if (slot < 0) {
                    reportAt(params.get(i).getSymbol(), "parameter '" + param + "' is declared twice");
                    continue;
                }
                body.add(WriteLocalNodeGen.create(new ReadArgumentNode(i), slot));
            }
            body.add(block(ctx.block()));
            BlockNode bodyNode = at(new BlockNode(body.toArray(new CsStatementNode[0])), ctx.block());
            CsRootNode root = new CsRootNode(compiler.language(), scope.build(), bodyNode, name, section(ctx));
            compiledFunctions.add(new CsFunction(name, params.size(), root.getCallTarget()));
        } finally {
            scope = outer;
        }
        return null;
    }

    private CsStatementNode returnStatement(ReturnStmtContext ctx) {
        if (!scope.isFunction()) {
            return misplaced(ctx, "'return' outside a function");
        }
        return new ReturnNode(ctx.expr() == null ? null : expr(ctx.expr()));
    }

    private CsStatementNode ifStatement(IfStatementContext ctx) {
        CsExpressionNode condition = expr(ctx.expr());
        CsStatementNode then = block(ctx.block(0));
        CsStatementNode otherwise = null;
        if (ctx.block().size() > 1) {
            otherwise = block(ctx.block(1));
        } else if (ctx.ifStatement() != null) {
            otherwise = at(ifStatement(ctx.ifStatement()), ctx.ifStatement());
        }
        return new IfNode(condition, then, otherwise);
    }

    private CsStatementNode whileStatement(WhileStmtContext ctx) {
        CsExpressionNode condition = expr(ctx.expr());
        scope.enterLoop();
        try {
            return new WhileNode(condition, block(ctx.block()));
        } finally {
            scope.exitLoop();
        }
    }

    private CsStatementNode forStatement(ForStmtContext ctx) {
        CsExpressionNode first = expr(ctx.expr(0));
        CsExpressionNode second = ctx.expr().size() > 1 ? expr(ctx.expr(1)) : null;
        scope.enterBlock();
        scope.enterLoop();
        try {
            int variable = scope.declare(ctx.ID().getText());
            int hiddenA = scope.hiddenSlot();
            int hiddenB = scope.hiddenSlot();
            CsStatementNode body = block(ctx.block());
            if (second != null) {
                return new ForRangeNode(variable, hiddenA, hiddenB, first, second, body);
            }
            return new ForEachNode(variable, hiddenA, hiddenB, first, body);
        } finally {
            scope.exitLoop();
            scope.exitBlock();
        }
    }

    private CsStatementNode expectStatement(ExpectStmtContext ctx) {
        String kind = literalKind(ctx.expr());
        if (kind != null && !kind.equals("errno")) {
            report(ctx.expr(), "expect needs an errno name such as EPERM, got " + ArgumentKinds.describe(kind));
        }
        return new ExpectNode(expr(ctx.expr()), block(ctx.block()));
    }

    private BlockNode block(BlockContext ctx) {
        scope.enterBlock();
        try {
            List<CsStatementNode> statements = new ArrayList<>();
            for (StatementContext statement : ctx.statement()) {
                CsStatementNode node = statement(statement);
                if (node != null) {
                    statements.add(node);
                }
            }
            return at(new BlockNode(statements.toArray(new CsStatementNode[0])), ctx);
        } finally {
            scope.exitBlock();
        }
    }

    private CsStatementNode auditStatement(AuditCheckContext ctx) {
        AuditAssertions.Kind kind = switch (ctx.kind.getType()) {
            case CscriptParser.ASSERT_AUDIT_NEXT -> AuditAssertions.Kind.CHECK_NEXT;
            case CscriptParser.ASSERT_NO_AUDIT -> AuditAssertions.Kind.CHECK_NOT;
            default -> AuditAssertions.Kind.CHECK;
        };
        String type = ctx.AUDIT_WORD().getText();
        if (!isRecordTypeName(type)) {
            reportAt(ctx.AUDIT_WORD().getSymbol(), "unknown audit record type '" + type + "'");
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
                    reportAt(token, "bad regular expression: " + e.getDescription());
                    yield null;
                }
            }
            default -> FieldPatternNode.literal(name, template(token, true));
        };
    }

    private static boolean isRecordTypeName(String type) {
        for (RecordType t : RecordType.values()) {
            if (t.printedName(false).equals(type) || t.printedName(true).equals(type)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------
    // Expressions

    private CsExpressionNode expr(ExprContext ctx) {
        CsExpressionNode node = switch (ctx) {
            case PrimaryExprContext p -> primary(p.primary());
            case FieldExprContext f -> field(f);
            case IndexExprContext i -> IndexNodeGen.create(expr(i.expr(0)), expr(i.expr(1)));
            case UnaryExprContext u -> u.op.getType() == CscriptParser.MINUS
                    ? NegateNodeGen.create(expr(u.expr())) : new TryNode(expr(u.expr()));
            case MulExprContext m -> switch (m.op.getType()) {
                case CscriptParser.STAR -> MulNodeGen.create(expr(m.expr(0)), expr(m.expr(1)));
                case CscriptParser.SLASH -> DivNodeGen.create(false, expr(m.expr(0)), expr(m.expr(1)));
                default -> DivNodeGen.create(true, expr(m.expr(0)), expr(m.expr(1)));
            };
            case AddExprContext a -> a.op.getType() == CscriptParser.PLUS
                    ? AddNodeGen.create(expr(a.expr(0)), expr(a.expr(1)))
                    : SubNodeGen.create(expr(a.expr(0)), expr(a.expr(1)));
            case BitAndExprContext b -> BitwiseNodeGen.create(true, expr(b.expr(0)), expr(b.expr(1)));
            case BitOrExprContext b -> BitwiseNodeGen.create(false, expr(b.expr(0)), expr(b.expr(1)));
            case CompareExprContext c -> compare(c);
            case NotExprContext n -> new NotNode(expr(n.expr()));
            case AndExprContext a -> new LogicalNode(expr(a.expr(0)), expr(a.expr(1)), true);
            case OrExprContext o -> new LogicalNode(expr(o.expr(0)), expr(o.expr(1)), false);
            default -> throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
        };
        return at(node, ctx);
    }

    private CsExpressionNode compare(CompareExprContext ctx) {
        CsExpressionNode left = expr(ctx.expr(0));
        CsExpressionNode right = expr(ctx.expr(1));
        return switch (ctx.op.getType()) {
            case CscriptParser.EQEQ -> EqualNodeGen.create(false, left, right);
            case CscriptParser.NEQ -> EqualNodeGen.create(true, left, right);
            case CscriptParser.LT -> CompareNodeGen.create(CompareNode.Operator.LT, left, right);
            case CscriptParser.LE -> CompareNodeGen.create(CompareNode.Operator.LE, left, right);
            case CscriptParser.GT -> CompareNodeGen.create(CompareNode.Operator.GT, left, right);
            default -> CompareNodeGen.create(CompareNode.Operator.GE, left, right);
        };
    }

    private CsExpressionNode field(FieldExprContext ctx) {
        String name = ctx.ID().getText();
        if (!FIELD_NAMES.contains(name)) {
            reportAt(ctx.ID().getSymbol(), "unknown field '" + name + "' (fields: " + String.join(", ", FIELD_NAMES) + ")");
        }
        return FieldNodeGen.create(expr(ctx.expr()), name);
    }

    private CsExpressionNode primary(PrimaryContext ctx) {
        CsExpressionNode node = switch (ctx) {
            case IntLitContext i -> integer(i);
            case StringLitContext s -> template(s.STRING().getSymbol(), false);
            case TrueLitContext t -> new BooleanLiteralNode(true);
            case FalseLitContext f -> new BooleanLiteralNode(false);
            case NilLitContext n -> new ConstantNode(Nil.INSTANCE);
            case CallExprContext c -> call(c);
            case NameExprContext n -> name(n);
            case ParenExprContext p -> expr(p.expr());
            case ListLitContext l -> new ListLiteralNode(l.expr().stream().map(this::expr).toArray(CsExpressionNode[]::new));
            default -> throw new IllegalStateException("unhandled primary " + ctx.getClass().getSimpleName());
        };
        return at(node, ctx);
    }

    private CsExpressionNode integer(IntLitContext ctx) {
        Object value = Numbers.parseLiteral(ctx.INT().getText());
        if (value == null) {
            report(ctx, "integer literal is larger than 18446744073709551615 (the u64 range)");
            return new LongLiteralNode(0);
        }
        return value instanceof Long l ? new LongLiteralNode(l) : new ConstantNode(value);
    }

    private CsExpressionNode constant(Object value) {
        return value instanceof Long l ? new LongLiteralNode(l) : new ConstantNode(value);
    }

    private CsExpressionNode name(NameExprContext ctx) {
        String name = ctx.ID().getText();
        int slot = scope.lookup(name);
        if (slot >= 0) {
            return ReadLocalNodeGen.create(slot, name);
        }
        if (globalVisible(name)) {
            return new ReadGlobalNode(name);
        }
        Object constant = Constants.lookup(name);
        if (constant != null) {
            return constant(constant);
        }
        report(ctx, "unknown variable '" + name + "'");
        return new ConstantNode(Nil.INSTANCE);
    }

    private boolean globalVisible(String name) {
        return scope.isFunction() ? allGlobals.contains(name) || compiler.context().globals().isDefined(name)
                : declaredGlobals.contains(name) || compiler.context().globals().isDefined(name);
    }

    private CsExpressionNode call(CallExprContext ctx) {
        String name = ctx.ID().getText();
        List<ExprContext> args = ctx.argList() == null ? List.of() : ctx.argList().expr();
        CsExpressionNode[] values = args.stream().map(this::expr).toArray(CsExpressionNode[]::new);
        Integer arity = functions.get(name);
        if (arity != null) {
            if (arity != args.size()) {
                report(ctx, name + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size());
            }
            return atName(new CallNode(name, values), ctx.ID().getSymbol());
        }
        BuiltinInfo builtin = Builtins.lookup(name);
        if (builtin == null) {
            report(ctx, "unknown function '" + name + "'");
            return new ConstantNode(Nil.INSTANCE);
        }
        if (args.size() < builtin.minArity() || args.size() > builtin.maxArity()) {
            String expected = builtin.minArity() == builtin.maxArity() ? Integer.toString(builtin.maxArity())
                    : builtin.minArity() + " to " + builtin.maxArity();
            report(ctx, name + " takes " + expected + " argument" + (builtin.maxArity() == 1 ? "" : "s") + ", got " + args.size());
            return new ConstantNode(Nil.INSTANCE);
        }
        for (int i = 0; i < args.size(); i++) {
            String kind = literalKind(args.get(i));
            String declared = builtin.parameters().get(i);
            if (kind != null && !ArgumentKinds.accepts(declared, kind)) {
                report(args.get(i), name + " expects " + ArgumentKinds.describe(declared) + " as its "
                        + CsError.ordinal(i) + " argument, got " + ArgumentKinds.describe(kind));
            }
        }
        CsExpressionNode[] complete = new CsExpressionNode[builtin.maxArity()];
        System.arraycopy(values, 0, complete, 0, values.length);
        for (int i = values.length; i < complete.length; i++) {
            String text = builtin.defaults().get(i - builtin.minArity());
            complete[i] = text.equals("nil") ? new ConstantNode(Nil.INSTANCE) : constant(Numbers.parseLiteral(text));
        }
        return atName(builtin.createNode(complete), ctx.ID().getSymbol());
    }

    /** Errors of a call (a failed operation, a type error) point at the called name. */
    private <T extends CsStatementNode> T atName(T node, Token name) {
        node.setSourceRange(offset(name), name.getStopIndex() - name.getStartIndex() + 1);
        return node;
    }

    /** The kind of an argument whose kind is known without running it, else null. */
    private String literalKind(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext p) {
            return switch (p.primary()) {
                case IntLitContext i -> "int";
                case StringLitContext s -> "string";
                case TrueLitContext t -> "bool";
                case FalseLitContext f -> "bool";
                case NilLitContext n -> "nil";
                case ListLitContext l -> "list";
                case ParenExprContext paren -> literalKind(paren.expr());
                case NameExprContext n -> scope.lookup(n.getText()) < 0 && !globalVisible(n.getText())
                        && Constants.lookup(n.getText()) != null ? ArgumentKinds.kindOf(Constants.lookup(n.getText())) : null;
                default -> null;
            };
        } else if (ctx instanceof UnaryExprContext u && u.op.getType() == CscriptParser.MINUS) {
            return "int".equals(literalKind(u.expr())) ? "int" : null;
        } else if (ctx instanceof BitOrExprContext || ctx instanceof BitAndExprContext) {
            List<ExprContext> operands = ctx.getRuleContexts(ExprContext.class);
            return operands.stream().allMatch(o -> "int".equals(literalKind(o))) ? "int" : null;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Strings and interpolation

    /**
     * A string value from a STRING token or an audit value token: text parts and ${expr}
     * parts; the front end parses each expression with original file positions.
     */
    private CsExpressionNode template(Token token, boolean auditValue) {
        List<Diagnostic> errors = new ArrayList<>();
        Template template = auditValue ? Template.ofAuditValue(file, token, errors) : Template.ofStringToken(file, token, errors);
        errors.forEach(d -> compiler.report(d.format()));
        if (template.isConstant()) {
            return new ConstantNode(template.constantText());
        }
        List<CsExpressionNode> nodes = new ArrayList<>();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Text text) {
                nodes.add(new ConstantNode(text.text()));
            } else if (part instanceof Template.Expr interpolated) {
                nodes.add(expr(interpolated.expr()));
            }
        }
        return new InterpolationNode(nodes.toArray(new CsExpressionNode[0]));
    }

    /** The text of a string token without interpolation (import paths, config values). */
    private String stringValue(Token token) {
        List<Diagnostic> errors = new ArrayList<>();
        Template template = Template.ofStringToken(file, token, errors);
        errors.forEach(d -> compiler.report(d.format()));
        if (!template.isConstant()) {
            reportAt(token, "interpolation is not allowed here");
            return "";
        }
        return template.constantText();
    }

    // ---------------------------------------------------------------------------------------
    // Positions and diagnostics

    private <T extends CsStatementNode> T at(T node, ParserRuleContext ctx) {
        if (node != null && !node.hasSourceRange()) {
            int start = offset(ctx.getStart());
            node.setSourceRange(start, end(ctx) - start);
        }
        return node;
    }

    /**
     * The character offset of a token in this file. Computed from line and column because the
     * tokens of an interpolation come from a lexer over the ${...} text that starts at the
     * original line and column (so their own character indexes are relative to that text).
     */
    private int offset(Token token) {
        return source.getLineStartOffset(token.getLine()) + token.getCharPositionInLine();
    }

    private int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        return offset(stop) + Math.max(1, stop.getStopIndex() - stop.getStartIndex() + 1);
    }

    private SourceSection section(ParserRuleContext ctx) {
        int start = offset(ctx.getStart());
        return source.createSection(start, end(ctx) - start);
    }

    private void report(ParserRuleContext ctx, String message) {
        int start = offset(ctx.getStart());
        reportRange(start, end(ctx) - start, message);
    }

    private void reportAt(Token token, String message) {
        reportRange(offset(token), Math.max(1, token.getStopIndex() - token.getStartIndex() + 1), message);
    }

    /** Reports at a range; a range over several lines is underlined to the end of its first line. */
    private void reportRange(int start, int length, String message) {
        SourceSection at = source.createSection(start, Math.max(0, Math.min(length, source.getLength() - start)));
        int line = at.getStartLine();
        int lineEnd = source.getLineStartOffset(line) + source.getLineLength(line);
        int shown = Math.max(1, Math.min(start + length, lineEnd) - start);
        compiler.report(new Diagnostic(file, line, at.getStartColumn(), shown, message).format());
    }

    private static Set<String> fieldNames() {
        Set<String> names = new java.util.TreeSet<>(List.of(FieldNode.TASK_FIELDS));
        names.addAll(List.of("fd", "kind", "name", "id", "number"));
        return names;
    }
}
