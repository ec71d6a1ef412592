package org.cscript.cli;

import org.cscript.golden.Verdict;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cscript.golden.Corpus;
import org.cscript.golden.GoldenEngine;
import org.cscript.golden.GoldenRun;
import org.cscript.golden.KnownFailures;
import org.cscript.golden.Reports;
import org.cscript.golden.ScenarioOutcome;
import org.cscript.golden.SuiteOptions;
import org.cscript.golden.SuiteResult;
import org.cscript.host.RunOptions;
import org.cscript.host.ToolOptions;
import org.cscript.suitecoverage.CoverageFiles;
import org.cscript.suitecoverage.SuiteCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript test [PATH...]}: a golden-trace suite (docs/testing.md). Every NAME.cscript
 * found is run and compared with the one golden beside it, NAME.trace or NAME.err; one line per
 * scenario, the failures again at the end, then {@code N passed, N failed}.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run scenarios and compare each with its golden: NAME.trace (it passes with this trace) "
                + "or NAME.err (it fails with this exit code and these diagnostics).")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The process environment (CI=true makes obsolete goldens failures and refuses --update); set by CscriptMain. */
    Map<String, String> environment = System.getenv();

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Option(names = "--update", description = "Write the goldens that are new or changed (and remove obsolete ones); "
            + "refused under CI=true unless --force.")
    boolean update;

    @Option(names = "--force", description = "Allow --update under CI=true.")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Scenarios run at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--filter", paramLabel = "REGEX", description = "Only scenarios whose path contains a match.")
    String filter;

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Only scenarios whose '# tags:' header names one of these (comma-separated, repeatable).")
    List<String> tags = List.of();

    @Option(names = "--shard", paramLabel = "I/N", description = "Run the I-th of N shares of the scenarios (1-based), "
            + "for a CI matrix.")
    String shard;

    @Option(names = "--shuffle", paramLabel = "SEED", description = "Run in an order shuffled with this seed.")
    Long shuffle;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a scenario after this long: TIMEOUT "
            + "(default 10; 0 for none).")
    double timeoutSeconds = 10;

    @Option(names = "--xfail", paramLabel = "FILE", description = "Known failures, one scenario path per line: "
            + "XFAIL when they fail, XPASS (a failure) when they pass.")
    Path knownFailures;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report.")
    Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write a JSON report.")
    Path json;

    @Option(names = "--coverage", paramLabel = "DIR", description = "Write what the suite exercised into DIR: "
            + "scenarios.lcov (statement lines of the scenarios), model-checks.md (per operation: errno checks reached, "
            + "record kinds written) and, under ./cscript, kernel.lcov (the kernel model's Java lines). See docs/tools.md.")
    Path coverageDir;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files, or folders searched for *.cscript "
            + "(default: the current folder).")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        RunOptions run = scenario.toRunOptions(spec.commandLine(), ScenarioOptionsMixin.errorStream(spec.commandLine()),
                execution);
        SuiteCoverage coverage = coverageDir == null ? null : new SuiteCoverage();
        if (coverage != null) {
            run = run.withTools(ToolOptions.none().collectingCoverage(coverage));
        }
        boolean ci = "true".equalsIgnoreCase(environment.get("CI"));
        if (update && ci && !force) {
            throw new ParameterException(spec.commandLine(),
                    "--update is refused under CI=true (goldens are reviewed, not rewritten by CI); add --force to insist");
        }
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path path : roots) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        SuiteOptions options = suiteOptions(ci);
        Corpus corpus;
        List<Path> chosen;
        GoldenRun suite = new GoldenRun(run, options);
        try {
            corpus = Corpus.of(roots);
            chosen = suite.select(corpus.scripts());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot search " + roots + " for scenarios: "
                    + GoldenEngine.reason(e));
        }
        if (corpus.scripts().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .cscript files under " + roots);
        }
        PrintWriter out = spec.commandLine().getOut();
        SuiteResult result = suite.run(chosen, corpus.obsolete(), o -> {
            out.println(line(o));
            if (o.verdict().failed() || o.verdict() == Verdict.XFAIL) {
                o.detail().lines().forEach(l -> out.println("    " + l));
            }
            out.flush();
        });
        for (SuiteResult.Obsolete g : result.obsolete()) {
            out.println((g.removed() ? "REMOVED  " : "OBSOLETE ") + g.golden() + "  (its scenario "
                    + g.golden().getFileName().toString().replaceFirst("\\.(trace|err)$", ".cscript") + " is gone"
                    + (g.removed() ? ")" : g.failed() && g.detail().isEmpty() ? "; a failure under CI)" : "; " + g.detail() + ")"));
        }
        printFailures(out, result);
        out.println(result.summary());
        out.flush();
        writeReports(result);
        if (coverage != null) {
            writeCoverage(out, coverage);
        }
        if (result.internalError()) {
            return ExitCode.INTERNAL_ERROR;
        }
        return result.failed() > 0 ? ExitCode.SCENARIO_FAILED : ExitCode.OK;
    }

    private SuiteOptions suiteOptions(boolean ci) {
        Pattern pattern = null;
        if (filter != null) {
            try {
                pattern = Pattern.compile(filter);
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--filter is not a regular expression: " + e.getDescription());
            }
        }
        SuiteOptions.Shard share = null;
        if (shard != null) {
            share = SuiteOptions.Shard.parse(shard);
            if (share == null) {
                throw new ParameterException(spec.commandLine(), "--shard expects I/N with 1 <= I <= N, got '" + shard + "'");
            }
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + threads);
        }
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 (none) or more seconds");
        }
        Duration timeout = timeoutSeconds == 0 ? null : Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000));
        KnownFailures xfail = KnownFailures.NONE;
        if (knownFailures != null) {
            try {
                xfail = KnownFailures.read(knownFailures);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --xfail " + knownFailures + ": "
                        + GoldenEngine.reason(e));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        tags.forEach(t -> wanted.add(t.strip()));
        return new SuiteOptions(threads, pattern, wanted, share, shuffle, timeout, xfail,
                update ? GoldenEngine.Update.WRITE : GoldenEngine.Update.NO, ci);
    }

    /** "PASS     examples/a.cscript  (0.12 s, updated)". */
    static String line(ScenarioOutcome o) {
        String time = String.format(Locale.ROOT, "%.2f s", o.time().toNanos() / 1e9);
        String change = o.change().word();
        return String.format(Locale.ROOT, "%-8s %s  (%s%s)", o.verdict().name(), o.script(), time,
                change.isEmpty() ? "" : ", " + change) + (o.verdict() == Verdict.SKIP ? "  " + o.detail() : "");
    }

    private static void printFailures(PrintWriter out, SuiteResult result) {
        List<String> failures = new ArrayList<>();
        for (ScenarioOutcome o : result.outcomes()) {
            if (o.verdict().failed()) {
                failures.add(String.format(Locale.ROOT, "  %-8s %s", o.verdict().name(), o.script()));
            }
        }
        result.obsolete().stream().filter(SuiteResult.Obsolete::failed)
                .forEach(g -> failures.add(String.format(Locale.ROOT, "  %-8s %s", "OBSOLETE", g.golden())));
        if (!failures.isEmpty()) {
            out.println("Failed (" + failures.size() + "):");
            failures.forEach(out::println);
        }
    }

    private void writeCoverage(PrintWriter out, SuiteCoverage coverage) {
        try {
            CoverageFiles.write(coverage, coverageDir, Path.of("")).forEach(line -> out.println("coverage: " + line));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write --coverage " + coverageDir + ": "
                    + GoldenEngine.reason(e));
        }
        out.flush();
    }

    private void writeReports(SuiteResult result) {
        try {
            if (junit != null) {
                Reports.junit(junit, result);
            }
            if (json != null) {
                Reports.json(json, result);
            }
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write the report: " + GoldenEngine.reason(e));
        }
    }
}
