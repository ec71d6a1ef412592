package org.cscript.parser;

import java.util.ArrayList;
import java.util.List;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.builtins.BuiltinInfo;
import org.cscript.builtins.Builtins;
import org.cscript.language.CscriptParser.CallExprContext;
import org.cscript.language.CscriptParser.ExprContext;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.controlflow.CallNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.Numbers;
import org.cscript.text.Suggestions;

/**
 * Builds a call of a script function or a builtin with the static checks (unknown name, arity,
 * literal argument kinds); a builtin's omitted optional arguments get their default values.
 * A call's node has the range of the called name, where its runtime errors point.
 */
final class CallBuilder {
    private final FileState state;
    private final Positions positions;
    private final LiteralKinds kinds;

    CallBuilder(FileState state, Positions positions, LiteralKinds kinds) {
        this.state = state;
        this.positions = positions;
        this.kinds = kinds;
    }

    /** The call {@code ctx} of arguments {@code args}, already built into {@code values}. */
    CsExpressionNode call(CallExprContext ctx, List<ExprContext> args, CsExpressionNode[] values) {
        String name = ctx.ID().getText();
        Integer arity = state.arity(name);
        if (arity != null) {
            if (arity != args.size()) {
                positions.report(ctx, wrongArgumentCount(name, Integer.toString(arity), arity, args.size()));
            }
            CallNode node = new CallNode(name, state.compiler().context().functions().cell(name), values);
            return positions.atToken(node, ctx.ID().getSymbol());
        }
        BuiltinInfo builtin = Builtins.lookup(name);
        if (builtin != null && builtin.readsHostTrace()) {
            state.compiler().noteReadsTrace();
        }
        if (builtin == null) {
            List<String> callable = new ArrayList<>(state.functionNames());
            callable.addAll(Builtins.all().keySet());
            positions.report(ctx, "unknown function '" + name + "'" + Suggestions.didYouMean(name, callable));
            return ConstantNodes.nil();
        }
        if (args.size() < builtin.minArity() || args.size() > builtin.maxArity()) {
            String expected = builtin.minArity() == builtin.maxArity() ? Integer.toString(builtin.maxArity())
                    : builtin.minArity() + " to " + builtin.maxArity();
            positions.report(ctx, wrongArgumentCount(name, expected, builtin.maxArity(), args.size()));
            return ConstantNodes.nil();
        }
        checkArgumentKinds(name, builtin, args);
        return positions.atToken(builtin.createNode(withDefaults(builtin, values)), ctx.ID().getSymbol());
    }

    /** Reports each argument whose kind is known statically and not one the builtin accepts there. */
    private void checkArgumentKinds(String name, BuiltinInfo builtin, List<ExprContext> args) {
        for (int i = 0; i < args.size(); i++) {
            String kind = kinds.of(args.get(i));
            String declared = builtin.parameters().get(i);
            if (kind != null && !ArgumentKinds.accepts(declared, kind)) {
                positions.report(args.get(i), CsError.argumentTypeMessage(name, i, ArgumentKinds.describe(declared),
                        ArgumentKinds.describe(kind)));
            }
        }
    }

    /** All of a builtin's arguments: the given ones, then the defaults of the omitted ones. */
    private static CsExpressionNode[] withDefaults(BuiltinInfo builtin, CsExpressionNode[] values) {
        CsExpressionNode[] complete = new CsExpressionNode[builtin.maxArity()];
        System.arraycopy(values, 0, complete, 0, values.length);
        for (int i = values.length; i < complete.length; i++) {
            String text = builtin.defaults().get(i - builtin.minArity());
            complete[i] = text.equals("nil") ? ConstantNodes.nil() : ConstantNodes.of(Numbers.parseLiteral(text));
        }
        return complete;
    }

    /** "f takes 2 arguments, got 1"; {@code expected} is a count or a range, its plural follows {@code most}. */
    private static String wrongArgumentCount(String name, String expected, int most, int got) {
        return name + " takes " + expected + " argument" + (most == 1 ? "" : "s") + ", got " + got;
    }
}
