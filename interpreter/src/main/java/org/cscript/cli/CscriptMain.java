package org.cscript.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code cscript} command. */
public final class CscriptMain {
    private CscriptMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (tests call this directly). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** The same, with the environment the commands read ({@code CI} for {@code test}) given. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new CscriptCommand());
        cli.setOut(out);
        cli.setErr(err);
        ((TestCommand) cli.getSubcommands().get("test").getCommand()).environment = environment;
        ((ReplCommand) cli.getSubcommands().get("repl").getCommand()).environment = environment;
        return TopLevel.execute(cli, args);
    }
}
