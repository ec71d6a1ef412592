package org.cscript.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.cscript.host.ToolOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript run FILE...}: runs each scenario on a freshly booted kernel and streams its
 * audit trace, record by record as the kernel writes it, to standard output or to its
 * {@code --trace FILE}. Diagnostics and {@code print} output go to standard error; with several
 * scenarios a {@code ==> FILE <==} line there starts each one, so two traces never mix unseen.
 * {@code --format json} writes each record as a JSON object instead (docs/json.md).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios and print their audit traces as they are produced (each on a fresh kernel, in the order given).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write the trace to FILE instead of standard output ('-' is standard output); "
                    + "repeat it once per scenario to keep each trace in its own file.")
    List<Path> traceFiles = List.of();

    /** How a trace reads: audit.log lines, or one JSON object per record (docs/json.md). */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How the trace is written: text (default: audit.log lines) or json (one JSON object per record, "
                    + "with its typed fields and the statement that wrote it; docs/json.md). "
                    + "'cscript convert --to text' gives back the text.")
    Format format = Format.text;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a scenario after this long, with an "
            + "error (exit 1) after the trace written so far (default 0: none; limits.steps ends a runaway loop).")
    double timeoutSeconds;

    @Option(names = "--inspect", arity = "0..1", paramLabel = "[HOST:]PORT",
            fallbackValue = ToolOptions.DEFAULT_INSPECT_ADDRESS, preprocessor = AttachedValueOnly.class,
            description = "Debug the scenario in Chrome DevTools: stop at its first statement and print the devtools:// URL "
                    + "to open on standard error (default address ${FALLBACK-VALUE}; another: --inspect=[HOST:]PORT). "
                    + "One scenario only.")
    String inspect;

    @Option(names = "--dap", arity = "0..1", paramLabel = "[HOST:]PORT", fallbackValue = ToolOptions.DEFAULT_DAP_ADDRESS,
            preprocessor = AttachedValueOnly.class,
            description = "Debug the scenario from a Debug Adapter Protocol client (VS Code): wait on this address "
                    + "(default ${FALLBACK-VALUE}) for it to attach, then stop at the first statement. One scenario only.")
    String dap;

    @Option(names = "--cpusampler",
            description = "Sample where the run spends its time and print a histogram of cscript functions and statements "
                    + "to standard error at its end.")
    boolean cpuSampler;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.cscript).")
    List<Path> files;

    @Override
    public Integer call() {
        if (!traceFiles.isEmpty() && traceFiles.size() != files.size()) {
            throw new ParameterException(spec.commandLine(), "--trace takes one file per scenario: " + traceFiles.size()
                    + " --trace for " + files.size() + " scenarios");
        }
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        RunOptions options = scenario.toRunOptions(spec.commandLine(), err, execution).withTools(tools());
        if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 (none) or up to "
                    + seconds(MAX_TIMEOUT_SECONDS) + " seconds, got " + seconds(timeoutSeconds));
        }
        ScenarioRunner runner = new ScenarioRunner(options);
        if (format == Format.json) {
            runner = runner.streamingJson();
        }
        if (timeoutSeconds > 0) {
            runner = runner.withTimeout(Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000)));
        }
        int exit = ExitCode.OK;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (files.size() > 1) {
                err.println("==> " + file + " <==");
            }
            if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
                exit = ExitCode.worst(exit, ExitCode.INVALID);
                continue;
            }
            ScenarioResult result;
            try (OutputStream trace = destination(i)) {
                result = runner.streamingTraceTo(trace).run(file);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot write --trace " + traceFiles.get(i) + ": "
                        + e.getMessage());
            }
            if (result.status() == ScenarioResult.Status.TIMED_OUT) {
                err.println(file + ": error: stopped after " + seconds(timeoutSeconds) + " s (--timeout)");
            }
            exit = ExitCode.worst(exit, ExitCode.of(result.status()));
            if (files.size() > 1) {
                err.println((result.status() == ScenarioResult.Status.OK ? "ok      " : "FAILED  ") + file);
            }
        }
        err.flush();
        return exit;
    }

    /**
     * An optional option value counts only when attached ({@code --inspect=9230}): {@code --inspect
     * FILE} takes the default address and leaves FILE a scenario (picocli's documented way).
     */
    static final class AttachedValueOnly implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(((OptionSpec) option).fallbackValue());
            }
            return false;
        }
    }

    /** The --inspect, --dap and --cpusampler tools; refused where they make no sense. */
    private ToolOptions tools() {
        String debugger = inspect != null ? "--inspect" : dap != null ? "--dap" : null;
        if (inspect != null && dap != null) {
            throw new ParameterException(spec.commandLine(), "--inspect and --dap cannot be combined: choose one debugger");
        }
        if (debugger != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), debugger + " debugs one scenario, got " + files.size()
                    + " (run them one at a time)");
        }
        if (debugger != null && timeoutSeconds > 0) {
            throw new ParameterException(spec.commandLine(), debugger + " cannot be combined with --timeout "
                    + "(a paused scenario would be stopped)");
        }
        ToolOptions tools = ToolOptions.none();
        if (inspect != null) {
            tools = tools.inspecting(inspect);
        }
        if (dap != null) {
            tools = tools.debuggingOverDap(dap);
        }
        return cpuSampler ? tools.sampling() : tools;
    }

    /** A day: more is surely a mistake, and it keeps the milliseconds far inside a long. */
    static final double MAX_TIMEOUT_SECONDS = 86_400;

    /** "2" for 2.0, "0.5" for 0.5: the --timeout as the user wrote it, without a locale. */
    static String seconds(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Where scenario {@code i}'s trace goes: its --trace file, or standard output (kept open). */
    private OutputStream destination(int i) throws IOException {
        Path file = traceFiles.isEmpty() ? null : traceFiles.get(i);
        if (file == null || file.toString().equals("-")) {
            return new WriterOutputStream(spec.commandLine().getOut());
        }
        return Files.newOutputStream(file);
    }
}
