package org.cscript.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cscript check FILE...}: parse and static checks only; nothing is executed. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Parse scenarios and run the static checks (names, arity, config keys) without executing them.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.cscript).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        ScenarioRunner runner = new ScenarioRunner(scenario.toRunOptions(spec.commandLine(), err));
        int exit = ExitCode.OK;
        for (Path file : files) {
            if (ScenarioOptionsMixin.reportUnreadable(file, err)) {
                exit = ExitCode.worst(exit, ExitCode.INVALID);
                continue;
            }
            ScenarioResult result = runner.check(file);
            exit = ExitCode.worst(exit, ExitCode.of(result.status()));
            if (result.status() == ScenarioResult.Status.OK) {
                err.println("ok      " + file);
            }
        }
        err.flush();
        return exit;
    }
}
