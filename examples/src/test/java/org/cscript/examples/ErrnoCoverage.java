package org.cscript.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.builtins.Builtins;
import org.cscript.coverage.ErrnoCheck;
import org.cscript.coverage.ErrnoChecks;
import org.cscript.coverage.ModelOperation;
import org.cscript.coverage.ProvenCheck;
import org.cscript.coverage.UnreachableCheck;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/**
 * What the example scenarios prove of the errno checks (coverage.ErrnoChecks): every example is
 * run once and the checks its {@code expect} statements caught are collected, by file name.
 */
final class ErrnoCoverage {
    final ErrnoChecks catalogue = ErrnoChecks.catalogue();
    /** Check id ("OP-46 check 3") to the example files proving it, sorted. */
    final Map<String, SortedSet<String>> reachedBy = new TreeMap<>();
    /** Every expected failure caught, in file order; and those that name no single check. */
    final List<Located> caught = new ArrayList<>();
    final List<Located> unplaced = new ArrayList<>();
    /** Examples that did not run cleanly: file name to status and diagnostics. */
    final Map<String, String> failedRuns = new LinkedHashMap<>();
    final Map<String, UnreachableCheck> unreachable = new LinkedHashMap<>();

    /** A proven check with the example file it is in. */
    record Located(String file, ProvenCheck check) {
        String where() {
            return file + ":" + check.line();
        }
    }

    ErrnoCoverage(List<Path> examples) {
        for (UnreachableCheck u : catalogue.unreachable()) {
            unreachable.put(u.id(), u);
        }
        for (Path script : examples) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ScenarioResult result = new ScenarioRunner(
                    RunOptions.defaults(new PrintStream(err, true, StandardCharsets.UTF_8))).run(script);
            String file = script.getFileName().toString();
            if (result.status() != ScenarioResult.Status.OK) {
                failedRuns.put(file, result.status() + ": " + err.toString(StandardCharsets.UTF_8));
            }
            for (ProvenCheck c : result.provenChecks()) {
                String in = Path.of(c.script()).getFileName().toString();
                caught.add(new Located(in, c));
                if (c.identified()) {
                    reachedBy.computeIfAbsent(c.checkId(), id -> new TreeSet<>()).add(in);
                } else {
                    unplaced.add(new Located(in, c));
                }
            }
        }
    }

    /** Whether some builtin of the operation is in the registry: only then are its checks enforced. */
    boolean implemented(ModelOperation op) {
        return op.builtins().stream().anyMatch(b -> Builtins.lookup(b) != null);
    }

    ModelOperation operation(String op) {
        return catalogue.operations().stream().filter(o -> o.op().equals(op)).findFirst().orElseThrow();
    }

    SortedSet<String> reachedBy(ErrnoCheck c) {
        return reachedBy.getOrDefault(c.id(), new TreeSet<>());
    }

    /** Checks of implemented operations that are neither reached nor unreachable. */
    List<ErrnoCheck> open() {
        return catalogue.checks().stream()
                .filter(c -> implemented(operation(c.op())) && reachedBy(c).isEmpty()
                        && !unreachable.containsKey(c.id()))
                .toList();
    }

    /** Checks listed as unreachable that an example reaches. */
    List<ErrnoCheck> reachedButListedUnreachable() {
        return catalogue.checks().stream().filter(c -> unreachable.containsKey(c.id()) && !reachedBy(c).isEmpty())
                .toList();
    }

    /** Registered builtins that no row of errno-operations.tsv names. */
    Set<String> unmappedBuiltins() {
        Set<String> out = new TreeSet<>();
        for (String name : Builtins.all().keySet()) {
            if (!catalogue.names(name)) {
                out.add(name);
            }
        }
        return out;
    }

    int reachedCount() {
        return (int) catalogue.checks().stream().filter(c -> !reachedBy(c).isEmpty()).count();
    }
}
