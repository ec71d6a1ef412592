package org.cscript.repl;

import org.cscript.host.Vocabulary;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cscript.host.ReplSession;
import org.cscript.host.ScenarioResult;
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

    /** Runs until end of input or :quit; returns the exit code (0, or 1 if the last input failed). */
    public int run() {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("cscript")
                .completer(new StringsCompleter(completions())).build();
        PrintWriter out = terminal.writer();
        out.println("cscript REPL - :help for help, :quit or Ctrl-D to leave");
        out.flush();
        int lastStatus = 0;
        while (true) {
            String input;
            try {
                input = readInput(reader);
            } catch (EndOfFileException e) {
                return lastStatus;
            } catch (UserInterruptException e) {
                continue;
            }
            String command = input.strip();
            if (command.isEmpty()) {
                continue;
            }
            if (command.equals(":quit") || command.equals(":q")) {
                return lastStatus;
            }
            if (command.equals(":help")) {
                out.println(HELP);
            } else if (command.equals(":trace")) {
                wholeTrace.forEach(out::println);
            } else if (command.startsWith(":")) {
                out.println("unknown command " + command + " (:help lists them)");
            } else {
                ScenarioResult result = session.eval(input);
                err.flush();
                wholeTrace.addAll(result.trace());
                result.trace().forEach(out::println);
                lastStatus = result.status() == ScenarioResult.Status.OK ? 0 : 1;
            }
            out.flush();
        }
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
