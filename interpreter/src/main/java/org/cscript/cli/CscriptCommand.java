package org.cscript.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: only subcommands do work (CscriptMain adds them). */
@Command(name = "cscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs container/audit scenarios against a simulated Linux kernel and prints the audit trace.", ""},
        footer = {"", "Exit codes: 0 success, 1 a scenario failed, 2 bad usage or a syntax error, 70 internal error."})
final class CscriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Whether stdin and stdout are a terminal (set by tests); then no command means the REPL. */
    java.util.function.BooleanSupplier interactive = CscriptCommand::onTerminal;

    @Override
    public Integer call() {
        if (interactive.getAsBoolean()) {
            return spec.commandLine().getSubcommands().get("repl").execute();
        }
        throw new ParameterException(spec.commandLine(), "missing command: use 'cscript run FILE...', 'cscript check FILE...' or 'cscript repl'");
    }

    private static boolean onTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
