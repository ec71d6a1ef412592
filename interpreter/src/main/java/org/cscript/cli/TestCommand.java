package org.cscript.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.golden.GoldenSuite;
import org.cscript.host.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript test PATH...}: a golden-trace regression suite. Every NAME.cscript (named, or
 * found under a named folder) must run cleanly and print exactly the NAME.trace beside it.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run scenarios and compare each trace with the NAME.trace file beside it (golden-trace regression suite).")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Option(names = "--update", description = "Rewrite the .trace file of every scenario that runs cleanly (review with git diff).")
    boolean update;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, or folders searched for *.cscript.")
    List<Path> paths;

    @Override
    public Integer call() {
        RunOptions options = scenario.toRunOptions(spec.commandLine(), ScenarioOptionsMixin.errorStream(spec.commandLine()),
                execution);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        List<Path> scripts;
        try {
            scripts = GoldenSuite.discover(paths);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot search " + paths + " for scenarios: " + GoldenSuite.reason(e));
        }
        if (scripts.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .cscript files under " + paths);
        }
        GoldenSuite suite = new GoldenSuite(options);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        int exit = ExitCode.OK;
        for (Path script : scripts) {
            GoldenSuite.Outcome outcome = suite.check(script, update);
            out.println(label(outcome.verdict()) + script);
            if (!outcome.passed()) {
                failed++;
                outcome.detail().lines().forEach(line -> out.println("    " + line));
            }
            exit = ExitCode.worst(exit, exitCode(outcome));
        }
        int passed = scripts.size() - failed;
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return exit;
    }

    /** 0 passed, 70 a bug in cscript, 1 any other failure. */
    private static int exitCode(GoldenSuite.Outcome outcome) {
        if (outcome.passed()) {
            return ExitCode.OK;
        }
        return outcome.verdict() == GoldenSuite.Verdict.INTERNAL_ERROR ? ExitCode.INTERNAL_ERROR : ExitCode.SCENARIO_FAILED;
    }

    private static String label(GoldenSuite.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "ok        ";
            case UPDATED -> "updated   ";
            case RUN_FAILED -> "FAILED    ";
            case GOLDEN_MISSING -> "NO GOLDEN ";
            case TRACE_DIFFERS -> "DIFFERS   ";
            case GOLDEN_UNUSABLE -> "UNUSABLE  ";
            case INTERNAL_ERROR -> "INTERNAL  ";
        };
    }
}
