package org.cscript.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cscript.builtins.ArgumentKinds;
import org.cscript.language.CscriptParser.AssignStmtContext;
import org.cscript.language.CscriptParser.BlockContext;
import org.cscript.language.CscriptParser.BranchContext;
import org.cscript.language.CscriptParser.ConcurrentlyStmtContext;
import org.cscript.language.CscriptParser.LetStmtContext;
import org.cscript.language.CscriptParser.NameExprContext;
import org.cscript.language.CscriptParser.OutcomeStmtContext;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.nodes.CsStatementNode;
import org.cscript.nodes.OutcomeNode;
import org.cscript.nodes.controlflow.BranchNode;
import org.cscript.nodes.controlflow.ConcurrentlyNode;

/**
 * Builds {@code concurrently} blocks and {@code outcome} statements (docs/explore.md), with
 * their static checks: branch names, a schedule clause naming every step, and no plain variable
 * shared between branches when one of them assigns it (a race on it would be invisible to the
 * explorer, which reorders only kernel steps that touch the same objects).
 */
final class ConcurrentlyBuilder {
    private static final Set<String> QUANTIFIERS = Set.of("always", "sometimes", "never");

    private final Positions positions;
    private final ExpressionBuilder expressions;
    private final ConstantStrings strings;
    private final LiteralKinds kinds;
    private final Function<BlockContext, CsStatementNode[]> steps;

    ConcurrentlyBuilder(Positions positions, ExpressionBuilder expressions, ConstantStrings strings, LiteralKinds kinds,
            Function<BlockContext, CsStatementNode[]> steps) {
        this.positions = positions;
        this.expressions = expressions;
        this.strings = strings;
        this.kinds = kinds;
        this.steps = steps;
    }

    CsStatementNode build(ConcurrentlyStmtContext ctx) {
        List<BranchContext> trees = ctx.branches().branch();
        if (trees.isEmpty()) {
            positions.report(ctx, "concurrently needs branches: 'as TASK { ... }', one per line");
            return null;
        }
        List<String> names = new ArrayList<>();
        BranchNode[] branches = new BranchNode[trees.size()];
        for (int i = 0; i < trees.size(); i++) {
            BranchContext tree = trees.get(i);
            String kind = kinds.of(tree.expr());
            if (kind != null) {
                positions.report(tree.expr(), "as needs a task, got " + ArgumentKinds.describe(kind));
            }
            String name = nameOf(tree, i, names);
            names.add(name);
            branches[i] = new BranchNode(name, expressions.expr(tree.expr()), steps.apply(tree.block()));
        }
        checkSharedVariables(trees, names);
        int[] pinned = ctx.ID() == null ? null : schedule(ctx, names, branches);
        return new ConcurrentlyNode(branches, pinned);
    }

    /**
     * The branch's task expression when it is a name or a call without arguments ("orch",
     * "self()"), else "branch N"; a repeated one gets "#2".
     */
    private static String nameOf(BranchContext tree, int index, List<String> taken) {
        String text = tree.expr().getText();
        String base = text.matches("[A-Za-z_][A-Za-z0-9_]*(\\(\\))?") ? text : "branch" + (index + 1);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "#" + n;
        }
        return name;
    }

    private int[] schedule(ConcurrentlyStmtContext ctx, List<String> names, BranchNode[] branches) {
        if (!ctx.ID().getText().equals("schedule")) {
            positions.reportAt(ctx.ID().getSymbol(), "expected 'schedule \"...\"' or '{' after concurrently, found '"
                    + ctx.ID().getText() + "'");
            return null;
        }
        String text = strings.textOrNull(ctx.STRING().getSymbol());
        if (text == null) {
            return null;
        }
        String[] words = text.isBlank() ? new String[0] : text.trim().split("\\s+");
        int[] order = new int[words.length];
        int[] counts = new int[names.size()];
        for (int i = 0; i < words.length; i++) {
            order[i] = names.indexOf(words[i]);
            if (order[i] < 0) {
                positions.reportAt(ctx.STRING().getSymbol(), "the schedule names '" + words[i]
                        + "', which is no branch of this block (its branches: " + String.join(", ", names) + ")");
                return null;
            }
            counts[order[i]]++;
        }
        for (int b = 0; b < names.size(); b++) {
            int has = branches[b].stepCount();
            if (counts[b] != has) {
                positions.reportAt(ctx.STRING().getSymbol(), "the schedule gives " + names.get(b) + " " + counts[b]
                        + " step" + (counts[b] == 1 ? "" : "s") + ", but it has " + has + " (one per statement)");
                return null;
            }
        }
        return order;
    }

    /** A plain variable assigned in one branch may not be used by another. */
    private void checkSharedVariables(List<BranchContext> trees, List<String> names) {
        List<Map<String, Token>> assigned = new ArrayList<>();
        List<Set<String>> used = new ArrayList<>();
        for (BranchContext tree : trees) {
            Set<String> own = new LinkedHashSet<>();
            Map<String, Token> assigns = new LinkedHashMap<>();
            Set<String> uses = new LinkedHashSet<>();
            collect(tree.block(), own, assigns, uses);
            assigns.keySet().removeAll(own);
            uses.removeAll(own);
            assigned.add(assigns);
            used.add(uses);
        }
        for (int i = 0; i < trees.size(); i++) {
            for (var e : assigned.get(i).entrySet()) {
                for (int j = 0; j < trees.size(); j++) {
                    if (j != i && (used.get(j).contains(e.getKey()) || assigned.get(j).containsKey(e.getKey()))) {
                        positions.reportAt(e.getValue(), "'" + e.getKey() + "' is assigned by branch " + names.get(i)
                                + " and used by branch " + names.get(j) + ": the explorer reorders kernel steps, not"
                                + " plain variables, so a race on it would go unseen (give each branch its own)");
                        break;
                    }
                }
            }
        }
    }

    private static void collect(ParseTree tree, Set<String> declared, Map<String, Token> assigns, Set<String> uses) {
        if (tree instanceof LetStmtContext let) {
            declared.add(let.ID().getText());
        } else if (tree instanceof AssignStmtContext assign) {
            assigns.putIfAbsent(assign.ID().getText(), assign.ID().getSymbol());
        } else if (tree instanceof NameExprContext name) {
            uses.add(name.getText());
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), declared, assigns, uses);
        }
    }

    /** {@code outcome always|sometimes|never COND[, message]}. */
    static CsStatementNode outcome(OutcomeStmtContext ctx, Positions positions, ExpressionBuilder expressions) {
        String quantifier = ctx.ID().getText();
        if (!QUANTIFIERS.contains(quantifier)) {
            positions.reportAt(ctx.ID().getSymbol(), "expected always, sometimes or never after outcome, found '"
                    + quantifier + "'");
            return null;
        }
        CsExpressionNode condition = expressions.expr(ctx.expr(0));
        CsExpressionNode message = ctx.expr().size() > 1 ? expressions.expr(ctx.expr(1)) : null;
        return new OutcomeNode(quantifier, condition, message);
    }
}
