package org.cscript.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.antlr.v4.runtime.Token;
import org.cscript.builtins.Constants;
import org.cscript.language.CscriptParser.*;
import org.cscript.language.CscriptParser;
import org.cscript.language.Template;
import org.cscript.nodes.CsExpressionNode;
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
import org.cscript.runtime.Numbers;
import org.cscript.text.Suggestions;

/**
 * Builds expression nodes: operators, literals, names, field access, string templates, and
 * calls (through {@link CallBuilder}), reporting unknown names and fields and too large integers.
 */
final class ExpressionBuilder {
    /** Every field name some value has; others are reported statically. */
    private static final Set<String> FIELD_NAMES = fieldNames();

    private final FileState state;
    private final Positions positions;
    private final CallBuilder calls;
    /** Set while an assert's condition is built: its sub-expressions record their values. */
    private AssertRecording recording;

    ExpressionBuilder(FileState state, Positions positions, CallBuilder calls) {
        this.state = state;
        this.positions = positions;
        this.calls = calls;
    }

    /** The condition of an assert, each sub-expression recording its value through {@code recording}. */
    CsExpressionNode assertCondition(ExprContext ctx, AssertRecording recording) {
        this.recording = recording;
        try {
            return expr(ctx);
        } finally {
            this.recording = null;
        }
    }

    CsExpressionNode expr(ExprContext ctx) {
        CsExpressionNode node = switch (ctx) {
            case PrimaryExprContext p -> primary(p.primary());
            case FieldExprContext f -> field(f);
            case IndexExprContext i -> binary(i, IndexNodeGen::create);
            case UnaryExprContext u -> u.op.getType() == CscriptParser.MINUS
                    ? NegateNodeGen.create(expr(u.expr())) : new TryNode(expr(u.expr()));
            case MulExprContext m -> switch (m.op.getType()) {
                case CscriptParser.STAR -> binary(m, MulNodeGen::create);
                case CscriptParser.SLASH -> binary(m, (left, right) -> DivNodeGen.create(false, left, right));
                default -> binary(m, (left, right) -> DivNodeGen.create(true, left, right));
            };
            case AddExprContext a -> a.op.getType() == CscriptParser.PLUS
                    ? binary(a, AddNodeGen::create) : binary(a, SubNodeGen::create);
            case BitAndExprContext b -> binary(b, (left, right) -> BitwiseNodeGen.create(true, left, right));
            case BitOrExprContext b -> binary(b, (left, right) -> BitwiseNodeGen.create(false, left, right));
            case CompareExprContext c -> binary(c, comparison(c.op.getType()));
            case NotExprContext n -> new NotNode(expr(n.expr()));
            case AndExprContext a -> binary(a, (left, right) -> new LogicalNode(left, right, true));
            case OrExprContext o -> binary(o, (left, right) -> new LogicalNode(left, right, false));
            default -> throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
        };
        positions.at(node, ctx);
        return recording == null ? node : recording.record(node, ctx);
    }

    /** An operator on two operands, built left before right (so are their diagnostics). */
    private CsExpressionNode binary(ExprContext ctx, BinaryOperator<CsExpressionNode> operator) {
        CsExpressionNode left = expr(ctx.getRuleContext(ExprContext.class, 0));
        CsExpressionNode right = expr(ctx.getRuleContext(ExprContext.class, 1));
        return operator.apply(left, right);
    }

    private static BinaryOperator<CsExpressionNode> comparison(int operatorToken) {
        return switch (operatorToken) {
            case CscriptParser.EQEQ -> (left, right) -> EqualNodeGen.create(false, left, right);
            case CscriptParser.NEQ -> (left, right) -> EqualNodeGen.create(true, left, right);
            case CscriptParser.LT -> (left, right) -> CompareNodeGen.create(CompareNode.Operator.LT, left, right);
            case CscriptParser.LE -> (left, right) -> CompareNodeGen.create(CompareNode.Operator.LE, left, right);
            case CscriptParser.GT -> (left, right) -> CompareNodeGen.create(CompareNode.Operator.GT, left, right);
            default -> (left, right) -> CompareNodeGen.create(CompareNode.Operator.GE, left, right);
        };
    }

    private CsExpressionNode field(FieldExprContext ctx) {
        String name = ctx.ID().getText();
        if (!FIELD_NAMES.contains(name)) {
            positions.reportAt(ctx.ID().getSymbol(),
                    "unknown field '" + name + "' (fields: " + String.join(", ", FIELD_NAMES) + ")");
        }
        return FieldNodeGen.create(expr(ctx.expr()), name);
    }

    private CsExpressionNode primary(PrimaryContext ctx) {
        CsExpressionNode node = switch (ctx) {
            case IntLitContext i -> integer(i);
            case StringLitContext s -> template(s.STRING().getSymbol());
            case TrueLitContext t -> new BooleanLiteralNode(true);
            case FalseLitContext f -> new BooleanLiteralNode(false);
            case NilLitContext n -> ConstantNodes.nil();
            case CallExprContext c -> call(c);
            case NameExprContext n -> name(n);
            case ParenExprContext p -> expr(p.expr());
            case ListLitContext l -> new ListLiteralNode(exprs(l.expr()));
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
        return ConstantNodes.of(value);
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
            return ConstantNodes.of(constant);
        }
        positions.report(ctx, "unknown variable '" + name + "'" + Suggestions.didYouMean(name, state.visibleNames()));
        return ConstantNodes.nil();
    }

    /** The arguments are built (and checked) before the call itself. */
    private CsExpressionNode call(CallExprContext ctx) {
        List<ExprContext> args = ctx.argList() == null ? List.of() : ctx.argList().expr();
        return calls.call(ctx, args, exprs(args));
    }

    private CsExpressionNode[] exprs(List<ExprContext> list) {
        return list.stream().map(this::expr).toArray(CsExpressionNode[]::new);
    }

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

    private static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>(List.of(FieldNode.TASK_FIELDS));
        names.addAll(List.of(FieldNode.FD_FIELDS));
        names.addAll(List.of(FieldNode.ERRNO_FIELDS));
        names.addAll(List.of(FieldNode.CAPABILITY_FIELDS));
        return names;
    }
}
