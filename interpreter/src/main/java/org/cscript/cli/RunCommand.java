package org.cscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript run FILE...}: runs each scenario on a freshly booted kernel and writes its
 * audit trace to standard output (or {@code --trace FILE}). Diagnostics and {@code print}
 * output go to standard error, so the trace stream holds nothing but records.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios and print their audit traces (each on a fresh kernel, in the order given).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write the trace to FILE instead of standard output (one scenario only).")
    Path traceFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.cscript).")
    List<Path> files;

    @Override
    public Integer call() {
        if (traceFile != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--trace takes one scenario; got " + files.size() + " files");
        }
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        RunOptions options = scenario.toRunOptions(spec.commandLine(), err, execution);
        ScenarioRunner runner = new ScenarioRunner(options);
        int exit = ExitCode.OK;
        StringBuilder trace = new StringBuilder();
        for (Path file : files) {
            if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
                exit = ExitCode.worst(exit, ExitCode.INVALID);
                continue;
            }
            ScenarioResult result = runner.run(file);
            trace.append(result.traceText());
            exit = ExitCode.worst(exit, ExitCode.of(result.status()));
            if (files.size() > 1) {
                err.println((result.status() == ScenarioResult.Status.OK ? "ok      " : "FAILED  ") + file);
            }
        }
        err.flush();
        writeTrace(trace);
        return exit;
    }

    private void writeTrace(CharSequence text) {
        if (traceFile == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Files.writeString(traceFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write --trace " + traceFile + ": " + e.getMessage());
        }
    }
}
