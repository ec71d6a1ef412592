package org.cscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.cscript.host.ReplSession;
import org.cscript.repl.Repl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cscript repl}: explore the design interactively on one simulated kernel. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive session: statements run as you type them and their audit records are printed.")
final class ReplCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Override
    public Integer call() throws IOException {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        ReplSession session = new ReplSession(scenario.toRunOptions(spec.commandLine(), err, execution));
        // dumb(true): a plain reader when stdin is a pipe, a full line editor on a terminal.
        try (session; Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return ExitCode.of(new Repl(terminal, session, err).run());
        }
    }
}
