package org.cscript.explorer;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cscript.explore.RunLog;
import org.cscript.explore.Tally;
import org.cscript.golden.TraceDiff;

/**
 * Prints an exploration's results the way herd7 prints a litmus test's: the schedules counted,
 * the distinct outcomes with how many schedules reach each and what tells them apart, each
 * assertion's Always / Sometimes / Never, each outcome statement's verdict, and for a schedule
 * that fails, a scenario that replays it and its trace against the first passing schedule's.
 */
public final class ExploreReport {
    /** Lines of differing state shown per outcome. */
    private static final int SHOWN = 6;
    private final Explorer.Result result;
    private final String scriptName;
    private final String source;

    public ExploreReport(Explorer.Result result, String scriptName, String source) {
        this.result = result;
        this.scriptName = scriptName;
        this.source = source;
    }

    /** Prints the report; returns the exit code: 0 all met, 1 a failing schedule or an unmet expectation. */
    public int print(PrintStream out) {
        Tally t = result.tally();
        out.println("Exploration of " + scriptName);
        out.println("Schedules: " + t.completeRuns + " explored of " + t.schedules + " interleavings"
                + (t.uncounted ? " (some runs too large to count theirs)" : "")
                + (result.reduced() ? " (the others only exchange independent steps)" : " (no reduction)") + "; "
                + result.runs() + " runs, " + result.cutShort() + " cut short by sleep sets");
        if (result.stoppedAtLimit()) {
            out.println("Stopped at the run limit: the results below cover part of the schedules");
        }
        printOutcomes(t, out);
        printAssertions(t, out);
        boolean met = printExpectations(t, out);
        RunLog failing = firstFailing(t);
        if (failing != null) {
            printFailing(failing, t.firstPassing, out);
        }
        boolean ok = met && failing == null && !result.stoppedAtLimit();
        out.println(ok ? "Verdict: every schedule passes and every expectation is met"
                : "Verdict: " + (failing != null ? "a schedule fails" : "") + (failing != null && !met ? "; " : "")
                        + (!met ? "an expectation is not met" : "") + (result.stoppedAtLimit() ? " (partial)" : ""));
        return ok ? 0 : 1;
    }

    private void printOutcomes(Tally t, PrintStream out) {
        out.println("Outcomes: " + t.outcomes.size());
        List<String> states = new ArrayList<>();
        t.outcomes.values().forEach(o -> states.add(o.first.finalState));
        List<List<String>> telling = StateFields.telling(states);
        int n = 0;
        for (Tally.Outcome o : t.outcomes.values()) {
            out.println("  #" + (n + 1) + "  " + o.schedules + " schedule" + (o.schedules.equals(BigInteger.ONE) ? "" : "s")
                    + "  [" + o.digest + "]  e.g. " + o.first.schedule() + (o.first.error == null ? "" : "  [fails]"));
            List<String> lines = mostTelling(telling.get(n));
            lines.forEach(line -> out.println("      " + line));
            if (lines.size() < telling.get(n).size()) {
                out.println("      (and " + (telling.get(n).size() - lines.size()) + " more objects that differ)");
            }
            if (o.first.error != null) {
                out.println("      error: " + o.first.error.lines().findFirst().orElse(""));
            }
            n++;
        }
    }

    /** Tasks, containers and audit IDs first (what a reader looks for), then the rest, at most {@code SHOWN} lines. */
    private static List<String> mostTelling(List<String> lines) {
        List<String> ordered = new ArrayList<>();
        for (String prefix : List.of("task:", "ctr:", "contid:")) {
            lines.stream().filter(l -> l.startsWith(prefix)).forEach(ordered::add);
        }
        lines.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return ordered.subList(0, Math.min(SHOWN, ordered.size()));
    }

    private static void printAssertions(Tally t, PrintStream out) {
        if (t.assertions.isEmpty()) {
            return;
        }
        out.println("Assertions:");
        t.assertions.forEach((where, v) -> out.println("  " + where + "  " + verdict(v) + "  " + v.text
                + "  (held in " + v.trueIn + ", failed in " + v.falseIn + ")"));
    }

    private static String verdict(Tally.Verdicts v) {
        return v.falseIn.signum() == 0 ? "Always" : v.trueIn.signum() == 0 ? "Never" : "Sometimes";
    }

    private static boolean printExpectations(Tally t, PrintStream out) {
        if (t.expectations.isEmpty()) {
            return true;
        }
        boolean all = true;
        out.println("Expected outcomes:");
        for (var e : t.expectations.entrySet()) {
            Tally.Verdicts v = e.getValue();
            boolean met = Tally.met(v);
            all &= met;
            out.println("  " + e.getKey() + "  " + (met ? "met" : "NOT MET") + "  " + v.text + "  (" + verdict(v)
                    + ": true in " + v.trueIn + ", false in " + v.falseIn + ")");
            if (!met) {
                RunLog witness = v.quantifier.equals("never") ? v.firstTrue : v.firstFalse;
                if (witness != null) {
                    out.println("      refuted by the schedule " + witness.schedule());
                } else {
                    out.println("      no schedule makes it true");
                }
            }
        }
        return all;
    }

    private static RunLog firstFailing(Tally t) {
        for (Tally.Outcome o : t.outcomes.values()) {
            if (o.first.error != null) {
                return o.first;
            }
        }
        return null;
    }

    private void printFailing(RunLog failing, RunLog passing, PrintStream out) {
        out.println("A failing schedule: " + failing.schedule());
        failing.error.lines().forEach(line -> out.println("  " + line));
        out.println("Replay it with this scenario (its concurrently blocks pinned by schedule clauses):");
        out.println("----");
        out.print(Replay.pinned(source, failing.schedulesByBlock()));
        out.println("----");
        if (passing != null) {
            String diff = TraceDiff.report("schedule " + passing.schedule(), passing.trace,
                    "schedule " + failing.schedule(), failing.trace, i -> "");
            out.println(diff.isEmpty() ? "Its trace is the first passing schedule's." : "Its trace against the first passing schedule's:");
            out.print(diff);
        }
    }
}
