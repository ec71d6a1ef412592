package org.cscript.repl;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cscript.host.Failures;
import org.cscript.host.ReplSession;
import org.cscript.host.ScenarioResult.Status;
import org.cscript.host.ScenarioResult;
import org.cscript.host.Vocabulary;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;

/**
 * The interactive loop: reads statements with JLine, runs them in one {@link ReplSession}
 * (one kernel for the whole session) and prints the audit records each input produced.
 */
public final class Repl {
    static final String PROMPT = "cscript> ";
    static final String CONTINUATION = "     ... ";
    private static final String HELP = """
            Statements run as you type them, on one simulated kernel; the audit records each
            input produces are printed after it. You act as the host orchestrator (task 100).
              :trace    print the whole trace so far
              :help     this text
              :quit     leave (or Ctrl-D)
            Example:  let t = fork()   then   set_contid(t, 42)""";

    private final Terminal terminal;
    private final ReplSession session;
    private final PrintStream err;
    private final List<String> wholeTrace = new ArrayList<>();

    public Repl(Terminal terminal, ReplSession session, PrintStream err) {
        this.terminal = terminal;
        this.session = session;
        this.err = err;
    }

    /**
     * Runs until end of input or :quit. Returns OK or FAILED as the last input went, or
     * INTERNAL_ERROR once any input hit a bug in cscript (the session goes on after reporting it).
     */
    public Status run() {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("cscript")
                .completer(new StringsCompleter(completions())).build();
        PrintWriter out = terminal.writer();
        out.println("cscript REPL - :help for help, :quit or Ctrl-D to leave");
        out.flush();
        Status last = Status.OK;
        boolean bug = false;
        while (true) {
            String input;
            try {
                input = readInput(reader);
            } catch (EndOfFileException e) {
                return bug ? Status.INTERNAL_ERROR : last;
            } catch (UserInterruptException e) {
                continue;
            }
            String command = input.strip();
            if (command.isEmpty()) {
                continue;
            }
            if (command.equals(":quit") || command.equals(":q")) {
                return bug ? Status.INTERNAL_ERROR : last;
            }
            if (command.equals(":help")) {
                out.println(HELP);
            } else if (command.equals(":trace")) {
                wholeTrace.forEach(out::println);
            } else if (command.startsWith(":")) {
                out.println("unknown command " + command + " (:help lists them)");
            } else {
                ScenarioResult result = evaluate(input);
                err.flush();
                wholeTrace.addAll(result.trace());
                result.trace().forEach(out::println);
                bug |= result.status() == Status.INTERNAL_ERROR;
                last = result.status() == Status.OK ? Status.OK : Status.FAILED;   // exit 1, also for a syntax error
            }
            out.flush();
        }
    }

    /**
     * One input through the session. The loop is a top level: an exception out of the session is
     * reported here (a user's mistake as its message, anything else as an internal error with its
     * stack trace) and the session goes on.
     */
    private ScenarioResult evaluate(String input) {
        try {
            return session.eval(input);
        } catch (RuntimeException e) {
            return new ScenarioResult(report(e, err), List.of());
        }
    }

    /** Prints an exception that reached the loop; returns how the input ended. */
    static Status report(RuntimeException e, PrintStream err) {
        Status kind = Failures.classify(e);
        if (kind == Status.INTERNAL_ERROR) {
            err.print(Failures.internalErrorReport(e));
        } else {
            err.println("error: " + e.getMessage());
        }
        err.flush();
        return kind;
    }

    /** Tab completes builtin names, constants and the REPL's own commands. */
    static List<String> completions() {
        List<String> words = new ArrayList<>(Vocabulary.builtinNames());
        words.addAll(Vocabulary.constantNames());
        words.addAll(List.of(":trace", ":help", ":quit"));
        return words;
    }

    private static String readInput(LineReader reader) {
        StringBuilder input = new StringBuilder(reader.readLine(PROMPT));
        while (InputBalance.needsMore(input.toString())) {
            input.append('\n').append(reader.readLine(CONTINUATION));
        }
        return input.toString();
    }
}
