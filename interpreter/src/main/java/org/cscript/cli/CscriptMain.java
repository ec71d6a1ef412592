package org.cscript.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
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
        return execute(args, out, err, environment, System.in, System.out);
    }

    /**
     * The same, with the byte streams {@code cscript lsp} speaks the protocol on (standard input
     * and output; a test gives pipes).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
            InputStream protocolIn, OutputStream protocolOut) {
        CommandLine cli = new CommandLine(new CscriptCommand());
        // Building a command's model is most of picocli's start-up: when the first argument
        // names a subcommand, picocli parses into that one only, so the others are left out;
        // a lone version request needs none.
        boolean one = args.length > 0 && SUBCOMMANDS.contains(args[0]);
        boolean none = args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
        for (String name : SUBCOMMANDS) {
            if (!none && (!one || name.equals(args[0]))) {
                cli.addSubcommand(name, subcommand(name, environment, protocolIn, protocolOut));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        return TopLevel.execute(cli, args);
    }

    /** The whole command tree, every subcommand in it: what {@code cscript completion} describes. */
    static CommandLine everyCommand(Map<String, String> environment) {
        CommandLine cli = new CommandLine(new CscriptCommand());
        for (String name : SUBCOMMANDS) {
            cli.addSubcommand(name, subcommand(name, environment, System.in, System.out));
        }
        return cli;
    }

    /** The subcommands, in the order the usage help lists them. */
    private static final List<String> SUBCOMMANDS = List.of("run", "check", "test", "explore", "compare", "draw", "repl",
            "lsp", "convert", "completion");

    private static Object subcommand(String name, Map<String, String> environment, InputStream protocolIn,
            OutputStream protocolOut) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "check" -> new CheckCommand();
            case "explore" -> new ExploreCommand();
            case "compare" -> new CompareCommand();
            case "draw" -> new DrawCommand();
            case "convert" -> new ConvertCommand();
            case "completion" -> {
                CompletionCommand completion = new CompletionCommand();
                completion.environment = environment;
                yield completion;
            }
            case "test" -> {
                TestCommand test = new TestCommand();
                test.environment = environment;
                yield test;
            }
            case "repl" -> {
                ReplCommand repl = new ReplCommand();
                repl.environment = environment;
                yield repl;
            }
            case "lsp" -> {
                LspCommand lsp = new LspCommand();
                lsp.in = protocolIn;
                lsp.out = protocolOut;
                yield lsp;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }
}
