package org.cscript.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: only subcommands do work. */
@Command(name = "cscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs container/audit scenarios against a simulated Linux kernel and prints the audit trace.", ""},
        subcommands = {RunCommand.class, CheckCommand.class, TestCommand.class, ReplCommand.class},
        footer = {"", "Exit codes: 0 success, 1 a scenario failed, 2 bad usage or a syntax error, 70 internal error."})
final class CscriptCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use 'cscript run FILE...', 'cscript check FILE...' or 'cscript repl'");
    }
}
