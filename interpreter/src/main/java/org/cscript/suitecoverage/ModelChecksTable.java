package org.cscript.suitecoverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.cscript.coverage.ErrnoCheck;
import org.cscript.coverage.ErrnoChecks;
import org.cscript.coverage.ModelOperation;
import org.cscript.coverage.ProvenCheck;
import org.cscript.coverage.UnreachableCheck;

/**
 * The kernel model's checks a suite exercised, per operation of kernel-model.md §3.0, as
 * Markdown: the errno checks its {@code expect}s proved (the catalogue of
 * docs/errno-coverage.md: "check 3 EINVAL"), those it did not reach (unreachable ones marked),
 * and the kinds of audit record its builtins' calls wrote. A builtin that performs several
 * operations (setns: OP-16 and OP-17) shows its record kinds under each.
 */
final class ModelChecksTable {
    private ModelChecksTable() {
    }

    static String markdown(SuiteCoverage coverage, ErrnoChecks catalogue) {
        Set<String> reached = new TreeSet<>();
        List<ProvenCheck> unplaced = new ArrayList<>();
        for (ProvenCheck p : coverage.proven()) {
            if (p.identified()) {
                reached.add(p.checkId());
            } else {
                unplaced.add(p);
            }
        }
        Set<String> unreachable = new TreeSet<>();
        for (UnreachableCheck u : catalogue.unreachable()) {
            unreachable.add(u.id());
        }
        SortedMap<String, TreeSet<String>> kinds = coverage.recordKinds();
        StringBuilder rows = new StringBuilder();
        int total = 0;
        int hit = 0;
        int operationsExercised = 0;
        for (ModelOperation op : catalogue.operations()) {
            if (op.op().equals("-")) {
                continue;
            }
            List<String> reachedHere = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (ErrnoCheck check : catalogue.checksOf(op.op())) {
                String text = "check " + check.position() + " " + check.errno().name();
                if (reached.contains(check.id())) {
                    reachedHere.add(text);
                } else {
                    missed.add(unreachable.contains(check.id()) ? text + " (unreachable)" : text);
                }
            }
            Set<String> written = new LinkedHashSet<>();
            for (String builtin : op.builtins()) {
                written.addAll(kinds.getOrDefault(builtin, new TreeSet<>()));
            }
            Set<String> sorted = new TreeSet<>(written);
            total += reachedHere.size() + missed.size();
            hit += reachedHere.size();
            if (!reachedHere.isEmpty() || !sorted.isEmpty()) {
                operationsExercised++;
            }
            rows.append("| ").append(op.op()).append(' ').append(op.name())
                    .append(" | ").append(reachedHere.size()).append('/').append(reachedHere.size() + missed.size())
                    .append(" | ").append(join(reachedHere))
                    .append(" | ").append(join(missed))
                    .append(" | ").append(join(new ArrayList<>(sorted))).append(" |\n");
        }
        StringBuilder out = new StringBuilder("# Model checks exercised\n\n");
        out.append("Written by `cscript test --coverage` over ").append(coverage.runs()).append(" scenario run(s): per operation of the kernel model, ")
                .append("the errno checks an `expect` proved, those not reached, and the kinds of audit record its builtins wrote ")
                .append("(docs/tools.md).\n\n");
        out.append("**").append(hit).append(" of ").append(total).append(" errno checks reached**; ")
                .append(operationsExercised).append(" operations exercised.\n\n");
        out.append("| Operation | Errno checks | Reached | Not reached | Record kinds written |\n");
        out.append("|---|---:|---|---|---|\n");
        out.append(rows);
        TreeSet<String> outside = kinds.get("");
        if (outside != null) {
            out.append("\nRecords written outside any builtin call: ").append(String.join(", ", outside)).append(".\n");
        }
        unplaced.sort(java.util.Comparator.comparing(ProvenCheck::script).thenComparingInt(ProvenCheck::line));
        if (!unplaced.isEmpty()) {
            out.append("\n`expect`s whose errno names no single check (docs/errno-coverage.md):\n\n");
            for (ProvenCheck p : unplaced) {
                out.append("- ").append(p.script()).append(':').append(p.line()).append(": ").append(p.builtin()).append(' ')
                        .append(p.errno()).append("\n");
            }
        }
        return out.toString();
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }
}
