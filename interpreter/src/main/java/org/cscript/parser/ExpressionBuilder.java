package org.cscript.parser;

import org.cscript.runtime.CsError;
import org.cscript.runtime.Nil;
import org.cscript.runtime.Numbers;

import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.builtins.BuiltinInfo;
import org.cscript.builtins.Builtins;
import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser;
import org.cscript.language.Template;
import org.cscript.language.CscriptParser.*;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.controlflow.CallNode;
import org.cscript.nodes.controlflow.TryNode;
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
import org.cscript.nodes.local.ReadGlobalNode;
import org.cscript.nodes.local.ReadLocalNodeGen;
import org.cscript.text.Suggestions;

/**
 * Builds expression nodes: operators, literals, names, calls of functions and builtins (with
 * the static arity and literal-kind checks), field access, and string templates.
 */
abstract class ExpressionBuilder {
    /** Every field name some value has; others are reported statically. */
    private static final Set<String> FIELD_NAMES = fieldNames();

    final FileState state;
    final Positions positions;

    ExpressionBuilder(ScriptCompiler compiler, Source source) {
        this.state = new FileState(compiler, source);
        this.positions = new Positions(compiler, source, state.file());
    }

    CsExpressionNode expr(ExprContext ctx) {
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
        return positions.at(node, ctx);
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
            positions.reportAt(ctx.ID().getSymbol(), "unknown field '" + name + "' (fields: " + String.join(", ", FIELD_NAMES) + ")");
        }
        return FieldNodeGen.create(expr(ctx.expr()), name);
    }

    private CsExpressionNode primary(PrimaryContext ctx) {
        CsExpressionNode node = switch (ctx) {
            case IntLitContext i -> integer(i);
            case StringLitContext s -> template(s.STRING().getSymbol());
            case TrueLitContext t -> new BooleanLiteralNode(true);
            case FalseLitContext f -> new BooleanLiteralNode(false);
            case NilLitContext n -> new ConstantNode(Nil.INSTANCE);
            case CallExprContext c -> call(c);
            case NameExprContext n -> name(n);
            case ParenExprContext p -> expr(p.expr());
            case ListLitContext l -> new ListLiteralNode(l.expr().stream().map(this::expr).toArray(CsExpressionNode[]::new));
            default -> throw new IllegalStateException("unhandled primary " + ctx.getClass().getSimpleName());
        };
        return positions.at(node, ctx);
    }

    private CsExpressionNode integer(IntLitContext ctx) {
        Object value = Numbers.parseLiteral(ctx.INT().getText());
        if (value == null) {
            positions.report(ctx, "integer literal is larger than 18446744073709551615 (the u64 range)");
            return new LongLiteralNode(0);
        }
        return constant(value);
    }

    CsExpressionNode constant(Object value) {
        return value instanceof Long l ? new LongLiteralNode(l) : new ConstantNode(value);
    }

    private CsExpressionNode name(NameExprContext ctx) {
        String name = ctx.ID().getText();
        int slot = state.scope().lookup(name);
        if (slot >= 0) {
            return ReadLocalNodeGen.create(slot);
        }
        if (state.globalVisible(name)) {
            return new ReadGlobalNode(name, state.globalCell(name));
        }
        Object constant = Constants.lookup(name);
        if (constant != null) {
            return constant(constant);
        }
        positions.report(ctx, "unknown variable '" + name + "'" + Suggestions.didYouMean(name, state.visibleNames()));
        return new ConstantNode(Nil.INSTANCE);
    }

    private CsExpressionNode call(CallExprContext ctx) {
        String name = ctx.ID().getText();
        List<ExprContext> args = ctx.argList() == null ? List.of() : ctx.argList().expr();
        CsExpressionNode[] values = args.stream().map(this::expr).toArray(CsExpressionNode[]::new);
        Integer arity = state.arity(name);
        if (arity != null) {
            if (arity != args.size()) {
                positions.report(ctx, wrongArgumentCount(name, Integer.toString(arity), arity, args.size()));
            }
            return positions.atToken(new CallNode(name, state.compiler().context().functions().cell(name), values), ctx.ID().getSymbol());
        }
        BuiltinInfo builtin = Builtins.lookup(name);
        if (builtin == null) {
            List<String> callable = new ArrayList<>(state.functionNames());
            callable.addAll(Builtins.all().keySet());
            positions.report(ctx, "unknown function '" + name + "'" + Suggestions.didYouMean(name, callable));
            return new ConstantNode(Nil.INSTANCE);
        }
        if (args.size() < builtin.minArity() || args.size() > builtin.maxArity()) {
            String expected = builtin.minArity() == builtin.maxArity() ? Integer.toString(builtin.maxArity())
                    : builtin.minArity() + " to " + builtin.maxArity();
            positions.report(ctx, wrongArgumentCount(name, expected, builtin.maxArity(), args.size()));
            return new ConstantNode(Nil.INSTANCE);
        }
        for (int i = 0; i < args.size(); i++) {
            String kind = literalKind(args.get(i));
            String declared = builtin.parameters().get(i);
            if (kind != null && !ArgumentKinds.accepts(declared, kind)) {
                positions.report(args.get(i), CsError.argumentTypeMessage(name, i, ArgumentKinds.describe(declared),
                        ArgumentKinds.describe(kind)));
            }
        }
        CsExpressionNode[] complete = new CsExpressionNode[builtin.maxArity()];
        System.arraycopy(values, 0, complete, 0, values.length);
        for (int i = values.length; i < complete.length; i++) {
            String text = builtin.defaults().get(i - builtin.minArity());
            complete[i] = text.equals("nil") ? new ConstantNode(Nil.INSTANCE) : constant(Numbers.parseLiteral(text));
        }
        return positions.atToken(builtin.createNode(complete), ctx.ID().getSymbol());
    }

    /** "f takes 2 arguments, got 1"; {@code expected} is a count or a range, its plural follows {@code most}. */
    private static String wrongArgumentCount(String name, String expected, int most, int got) {
        return name + " takes " + expected + " argument" + (most == 1 ? "" : "s") + ", got " + got;
    }

    /** The kind of a name that is a constant (not shadowed by a variable), else null. */
    private String constantKind(String name) {
        Object constant = Constants.lookup(name);
        return constant != null && !state.isVariable(name) ? ArgumentKinds.kindOf(constant) : null;
    }

    /** The kind of an argument whose kind is known without running it, else null. */
    String literalKind(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext p) {
            return switch (p.primary()) {
                case IntLitContext i -> "int";
                case StringLitContext s -> "string";
                case TrueLitContext t -> "bool";
                case FalseLitContext f -> "bool";
                case NilLitContext n -> "nil";
                case ListLitContext l -> "list";
                case ParenExprContext paren -> literalKind(paren.expr());
                case NameExprContext n -> constantKind(n.getText());
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
     * parts. The template is the one the front end built (and checked) while parsing this
     * file, each expression parsed with original file positions.
     */
    CsExpressionNode template(Token token) {
        Template template = state.parsed().template(token);
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

    /** The text of a string literal that must be constant (config values); "" after reporting an interpolation. */
    String stringValue(Token token) {
        String text = constantString(token);
        return text == null ? "" : text;
    }

    /** The text of a constant string literal, or null after reporting that it interpolates. */
    String constantString(Token token) {
        Template template = state.parsed().template(token);
        if (!template.isConstant()) {
            positions.reportAt(token, "interpolation is not allowed here");
            return null;
        }
        return template.constantText();
    }

    private static Set<String> fieldNames() {
        Set<String> names = new java.util.TreeSet<>(List.of(FieldNode.TASK_FIELDS));
        names.addAll(List.of(FieldNode.FD_FIELDS));
        names.addAll(List.of(FieldNode.ERRNO_FIELDS));
        names.addAll(List.of(FieldNode.CAPABILITY_FIELDS));
        return names;
    }
}
