package org.cscript.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.compare.Comparison;
import org.cscript.compare.ProfileComparison;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript compare FILE} (docs/compare.md): runs one scenario under the seed and the
 * upstream profile and prints, event by event, what the two designs record differently. The
 * differences are the point, so they do not fail the command; a run that fails does (its
 * profile named, its error as {@code cscript run} prints it), after the comparison so far.
 * The work is {@link ProfileComparison}'s; this class reads the options and prints.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario under the seed and the upstream profile and show, event by event, what each "
                + "design records differently (the serial and the clock aside).",
            "",
            "Events are paired by a diff over what they record, so one design's extra event shows as only in seed "
                + "or only in upstream and does not shift the rest. Exit 0 when both runs complete, whatever the "
                + "differences; otherwise the failed run's exit code, its profile and its error on standard error."},
        footer = {"", "See docs/compare.md."})
final class CompareCommand implements Callable<Integer> {
    /** Wide enough for two columns of audit fields on a wide terminal; records wrap at field boundaries. */
    private static final int DEFAULT_WIDTH = 160;
    private static final int MAX_WIDTH = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--side-by-side", description = "Show seed and upstream in two columns instead of the unified view.")
    boolean sideBySide;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "Total width of the --side-by-side view "
            + "(default " + DEFAULT_WIDTH + ").")
    Integer width;

    @Option(names = "--set", paramLabel = "KEY=VALUE", completionCandidates = ScenarioOptionsMixin.KnobNames.class,
            description = "Set a kernel-model knob in both runs, after "
            + "the profile and before the script's own config statements (repeatable).")
    List<String> settings = List.of();

    @Option(names = "--import-root", paramLabel = "DIR", description = "Let imports read DIR and below (default: "
            + "the scenario's own folder). See docs/sandbox.md.")
    Path importRoot;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    /** Accepted only to be refused with a reason: the command chooses both profiles itself. */
    @Option(names = "--profile", hidden = true, paramLabel = "NAME")
    String profile;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop each run after this long, with an error "
            + "(exit 1) (default 0: none; limits.steps ends a runaway loop).")
    double timeoutSeconds;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The scenario file (.cscript).")
    Path file;

    @Override
    public Integer call() {
        if (profile != null) {
            throw new ParameterException(spec.commandLine(), "compare runs the scenario under both profiles, seed and "
                    + "upstream: --profile does not apply (use 'cscript run --profile " + profile + "' for one)");
        }
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        RunOptions options = RunOptions.of(ScenarioOptionsMixin.settingsMap(spec.commandLine(), settings), null, err)
                .withInvariantChecks(execution.checkInvariants);
        if (importRoot != null) {
            options = options.withImportRoot(importRoot);
        }
        if (width != null && !sideBySide) {
            throw new ParameterException(spec.commandLine(), "--width is for --side-by-side only");
        }
        int columns = width == null ? DEFAULT_WIDTH : width;
        if (columns < MIN_WIDTH || columns > MAX_WIDTH) {
            throw new ParameterException(spec.commandLine(), "--width must be from " + MIN_WIDTH + " to " + MAX_WIDTH
                    + ", got " + columns);
        }
        if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds) || timeoutSeconds > RunCommand.MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 (none) or up to "
                    + RunCommand.seconds(RunCommand.MAX_TIMEOUT_SECONDS) + " seconds, got " + RunCommand.seconds(timeoutSeconds));
        }
        if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
            return ExitCode.INVALID;
        }
        Duration timeout = timeoutSeconds > 0 ? Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000)) : null;
        ProfileComparison.Outcome outcome = new ProfileComparison(options, timeout).run(file);
        boolean ran = !outcome.seed().trace().isEmpty() || !outcome.upstream().trace().isEmpty()
                || (ok(outcome.seed()) && ok(outcome.upstream()));
        if (ran) {
            Comparison comparison = outcome.comparison();
            spec.commandLine().getOut().print(sideBySide ? comparison.sideBySide(columns) : comparison.unified());
            spec.commandLine().getOut().flush();
        }
        reportRuns(outcome, err);
        err.flush();
        return ExitCode.worst(ExitCode.of(outcome.seed().status()), ExitCode.of(outcome.upstream().status()));
    }

    /** The MIN_WIDTH of the view, so the help and the check agree. */
    private static final int MIN_WIDTH = Comparison.MIN_SIDE_BY_SIDE_WIDTH;

    private static boolean ok(ScenarioResult result) {
        return result.status() == ScenarioResult.Status.OK;
    }

    /**
     * Each run's standard error under a {@code ==> PROFILE <==} line (once for both when they
     * wrote the same, as a syntax error makes them), then a line naming each run that failed.
     */
    private void reportRuns(ProfileComparison.Outcome outcome, PrintStream err) {
        String seed = outcome.seedDiagnostics();
        String upstream = outcome.upstreamDiagnostics();
        if (!seed.isEmpty() && seed.equals(upstream)) {
            err.print("==> seed, upstream <==\n" + seed);
        } else {
            for (Comparison.Side side : Comparison.Side.values()) {
                if (!outcome.diagnostics(side).isEmpty()) {
                    err.print("==> " + side.profile() + " <==\n" + outcome.diagnostics(side));
                }
            }
        }
        for (Comparison.Side side : Comparison.Side.values()) {
            ScenarioResult result = outcome.result(side);
            if (result.status() == ScenarioResult.Status.TIMED_OUT) {
                err.println(file + ": error: stopped after " + RunCommand.seconds(timeoutSeconds) + " s (--timeout) "
                        + "under the " + side.profile() + " profile");
            }
            if (!ok(result)) {
                err.println("cscript compare: the " + side.profile() + " run failed (exit "
                        + ExitCode.of(result.status()) + ")");
            }
        }
    }
}
