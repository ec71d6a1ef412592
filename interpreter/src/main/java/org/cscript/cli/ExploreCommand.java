package org.cscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cscript.explorer.ExploreReport;
import org.cscript.explorer.Explorer;
import org.cscript.host.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cscript explore FILE}: every schedule of the scenario's concurrently blocks (docs/explore.md). */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Run a scenario under every schedule of its concurrently blocks that can differ, each on a fresh kernel,"
                + " and report the distinct outcomes, each assertion's Always/Sometimes/Never and each outcome statement's verdict.",
                "Exit status: 0 when every schedule passes and every outcome statement is met, 1 otherwise, 2 for bad input."})
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Option(names = "--no-reduction", description = "Run every interleaving, also those that only exchange independent steps"
            + " (slow; for checking the reduction).")
    boolean noReduction;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "100000",
            description = "Stop after N runs of the scenario and say so (default: ${DEFAULT-VALUE}).")
    long maxRuns;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The scenario (.cscript).")
    Path file;

    @Override
    public Integer call() {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
            return ExitCode.INVALID;
        }
        if (maxRuns < 1) {
            err.println("cscript explore: --max-runs must be at least 1, got " + maxRuns);
            return ExitCode.INVALID;
        }
        RunOptions options = scenario.toRunOptions(spec.commandLine(), err);
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cscript: cannot read " + file + ": " + e.getMessage());
            return ExitCode.INVALID;
        }
        Explorer.Result result = new Explorer(options, !noReduction, maxRuns).explore(file);
        if (result.staticError() != null) {
            err.println(result.staticError());
            return ExitCode.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintStream printed = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
        int exit = new ExploreReport(result, file.toString(), source).print(printed);
        printed.flush();
        out.flush();
        return exit;
    }
}
