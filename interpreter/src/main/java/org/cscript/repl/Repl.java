package org.cscript.repl;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cscript.host.Failures;
import org.cscript.host.ReplOutcome;
import org.cscript.host.ReplSession;
import org.cscript.host.ScenarioResult.Status;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive loop: reads inputs with JLine, runs them in one {@link ReplSession} (one
 * kernel for the whole session), prints the audit records each input produced and the value of
 * a bare expression. Lines starting with ':' are {@link ReplCommands}.
 */
public final class Repl {
    static final String PROMPT = "cscript> ";
    static final String CONTINUATION = "     ... ";

    private final Terminal terminal;
    private final ReplSession session;
    private final PrintStream err;
    private final SessionLog log = new SessionLog();
    private boolean prompts = true;
    private Path historyFile;
    private volatile boolean running;
    private Status last = Status.OK;
    private boolean bug;

    public Repl(Terminal terminal, ReplSession session, PrintStream err) {
        this.terminal = terminal;
        this.session = session;
        this.err = err;
    }

    /** Without prompts and banner (input from a pipe: the output is then just records and values). */
    public Repl withoutPrompts() {
        prompts = false;
        return this;
    }

    /** Keeps the history in {@code file} across sessions. */
    public Repl withHistory(Path file) {
        historyFile = file;
        return this;
    }

    /**
     * Runs until end of input or :quit. Returns OK or FAILED as the last input went, or
     * INTERNAL_ERROR once any input hit a bug in cscript (the session goes on after reporting it).
     */
    public Status run() {
        LineReader reader = reader();
        PrintWriter out = terminal.writer();
        ReplCommands commands = new ReplCommands(session, log, out, this::evaluate);
        if (prompts) {
            out.println("cscript REPL - :help for help, :quit or Ctrl-D to leave");
            out.flush();
        }
        // Ctrl-C while a statement runs stops it; while reading, JLine turns it into UserInterruptException.
        terminal.handle(Terminal.Signal.INT, signal -> stopRunningInput());
        while (true) {
            String input;
            try {
                input = reader.readLine(prompts ? PROMPT : "");
            } catch (EndOfFileException e) {
                return exitStatus();
            } catch (UserInterruptException e) {
                continue;   // the input so far is dropped, as in a shell
            }
            if (input.isBlank()) {
                continue;
            }
            if (input.strip().startsWith(":")) {
                if (commands.run(input) == ReplCommands.Next.QUIT) {
                    return exitStatus();
                }
            } else {
                evaluate(input);
            }
            out.flush();
        }
    }

    private LineReader reader() {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("cscript")
                .parser(new ReplLineParser())
                .completer(new ReplCompleter(() -> session.variables().keySet()))
                .highlighter(new ReplHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, prompts ? CONTINUATION : "")
                // input is taken literally: no !! or ^a^b history expansion, no escapes
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return builder.build();
    }

    private void stopRunningInput() {
        if (running) {
            // interrupt() waits for the guest to stop: not on the signal thread
            Thread stopper = new Thread(() -> session.interrupt(Duration.ofSeconds(10)), "cscript-repl-interrupt");
            stopper.setDaemon(true);
            stopper.start();
        }
    }

    private Status exitStatus() {
        return bug ? Status.INTERNAL_ERROR : last;
    }

    /** Runs one input, prints its records and value; returns whether it succeeded. */
    boolean evaluate(String input) {
        return evaluate(input, null);
    }

    /** As {@link #evaluate(String)}; diagnostics name {@code name} (a loaded file) if not null. */
    boolean evaluate(String input, String name) {
        ReplOutcome outcome;
        running = true;
        try {
            outcome = session.eval(input, name);
        } catch (RuntimeException e) {
            outcome = new ReplOutcome(report(e, err), List.of(), null);
        } finally {
            running = false;
        }
        err.flush();
        PrintWriter out = terminal.writer();
        boolean ok = outcome.status() == Status.OK;
        log.record(input, ok, outcome.trace());
        outcome.trace().forEach(out::println);
        if (outcome.shown() != null) {
            out.println(outcome.shown());
        }
        out.flush();
        bug |= outcome.status() == Status.INTERNAL_ERROR;
        last = ok ? Status.OK : Status.FAILED;   // exit 1, also for a syntax error
        return ok;
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

    /** What Tab offers at the start of a line (builtins, constants, keywords and the commands). */
    static List<String> completions() {
        ReplCompleter completer = new ReplCompleter(List::of);
        List<String> words = new java.util.ArrayList<>(completer.choices("", ""));
        words.addAll(completer.choices("", ":"));
        return words;
    }
}
