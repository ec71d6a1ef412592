package org.cscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cscript.host.ReplSession;
import org.cscript.repl.Repl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cscript repl}: explore the design interactively on one simulated kernel. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Interactive session: statements run as you type them and their audit records are printed.")
final class ReplCommand implements Callable<Integer> {
    static final String HISTORY_ENV = "CSCRIPT_HISTORY";

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptionsMixin scenario;

    @Mixin
    ScenarioOptionsMixin.Execution execution;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Keep the input history in FILE (default: $" + HISTORY_ENV + ", else ~/.cscript_history).")
    Path history;

    /** The environment (CSCRIPT_HISTORY); set by CscriptMain. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws IOException {
        PrintStream err = ScenarioOptionsMixin.errorStream(spec.commandLine());
        ReplSession session = new ReplSession(scenario.toRunOptions(spec.commandLine(), err, execution));
        // dumb(true): a plain reader when stdin is a pipe, a full line editor on a terminal.
        try (session; Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            Repl repl = new Repl(terminal, session, err);
            if (onTerminal(terminal)) {
                repl.withHistory(historyFile());
            } else {
                repl.withoutPrompts();   // piped input: the output is the records and values alone
            }
            return ExitCode.of(repl.run());
        }
    }

    /** A terminal, not a pipe: JLine found a real one, or the JDK's console is one. */
    private static boolean onTerminal(Terminal terminal) {
        if (!Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return true;
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    private Path historyFile() {
        if (history != null) {
            return history;
        }
        String fromEnvironment = environment.get(HISTORY_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".cscript_history");
    }
}
