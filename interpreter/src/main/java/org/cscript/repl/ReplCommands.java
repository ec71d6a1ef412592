package org.cscript.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.golden.TraceDiff;
import org.cscript.host.InvalidOptionsException;
import org.cscript.host.KernelViews;
import org.cscript.host.ReplSession;
import org.cscript.host.RunOptions;

/**
 * The REPL's {@code :commands}. Each returns what the loop does next; output goes to the
 * terminal, a mistake in a command (a missing file, a bad knob) is printed and the session goes on.
 */
final class ReplCommands {
    /** Name, arguments and what it does: :help prints these, completion offers the names. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {":help", "", "this text"},
            new String[] {":load", " FILE", "run a .cscript file as one input"},
            new String[] {":save", " FILE", "write the inputs that ran as a scenario with the same trace"},
            new String[] {":reset", "", "start over: a fresh kernel, no variables, an empty trace"},
            new String[] {":vars", "", "variables in scope and their values"},
            new String[] {":trace", " [N]", "the whole trace so far, or its last N records"},
            new String[] {":ps", "", "the task tree: pid, ppid, comm, state, container, contid, namespaces"},
            new String[] {":containers", "", "the container objects (/proc/containers)"},
            new String[] {":ns", " TASK", "the namespaces of a task (a variable or a pid)"},
            new String[] {":set", " KEY=VALUE", "set a kernel knob (after boot: from the next :reset)"},
            new String[] {":profile", " NAME", "switch the kernel profile (seed, upstream; after boot: from :reset)"},
            new String[] {":diff", " GOLDEN", "the session's trace against a .trace file"},
            new String[] {":quit", "", "leave (also Ctrl-D)"});

    enum Next { CONTINUE, QUIT }

    private final ReplSession session;
    private final SessionLog log;
    private final PrintWriter out;
    private final Evaluator evaluator;
    /** The options the next :reset uses (a knob set after boot waits here). */
    private RunOptions next;
    /** The options of the kernel in use, including knobs set before it booted (for :save). */
    private RunOptions current;

    /** Runs an input as if typed (:load, and :set before boot). */
    interface Evaluator {
        /** Runs the input (diagnostics name {@code name} if not null); returns whether it succeeded. */
        boolean evaluate(String input, String name);
    }

    ReplCommands(ReplSession session, SessionLog log, PrintWriter out, Evaluator evaluator) {
        this.session = session;
        this.log = log;
        this.out = out;
        this.evaluator = evaluator;
        this.next = session.options();
        this.current = session.options();
    }

    static List<String> names() {
        return COMMANDS.stream().map(c -> c[0]).toList();
    }

    Next run(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String name = parts[0];
        String argument = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case ":quit", ":q", ":exit" -> {
                return Next.QUIT;
            }
            case ":help", ":h", ":?" -> help();
            case ":load" -> load(argument);
            case ":save" -> save(argument);
            case ":reset" -> reset();
            case ":vars" -> session.variables().forEach((n, v) -> out.println(n + " = " + v));
            case ":trace" -> trace(argument);
            case ":ps" -> out.print(TaskTable.format(session.inspect(KernelViews::tasks)));
            case ":containers" -> out.print(session.inspect(KernelViews::containers));
            case ":ns" -> namespaces(argument);
            case ":set" -> set(argument);
            case ":profile" -> profile(argument);
            case ":diff" -> diff(argument);
            default -> out.println("unknown command " + name + " (:help lists them)");
        }
        return Next.CONTINUE;
    }

    private void help() {
        out.println("Statements run as you type them, on one simulated kernel; the audit records each input");
        out.println("produces are printed after it, and a bare expression shows its value. You act as the");
        out.println("host orchestrator (task 100). An open { ( or [ continues on the next line.");
        for (String[] c : COMMANDS) {
            out.printf("  %-18s %s%n", c[0] + c[1], c[2]);
        }
        out.println("Keys: Tab completes, Up/Down and Ctrl-R search history, Ctrl-C cancels the input or stops");
        out.println("the running statement, Ctrl-D leaves.");
        out.println("Example:  let t = fork()   then   set_contid(t, 42)   then   :ps");
    }

    /** An I/O failure in words (a missing file's exception message is just its path). */
    private static String problem(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException missing -> "no such file";
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    private boolean missing(String argument, String usage) {
        if (argument.isEmpty()) {
            out.println("usage: " + usage);
            return true;
        }
        return false;
    }

    private void load(String file) {
        if (missing(file, ":load FILE")) {
            return;
        }
        try {
            evaluator.evaluate(Files.readString(Path.of(file), StandardCharsets.UTF_8).stripTrailing(), file);
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + problem(e));
        }
    }

    private void save(String file) {
        if (missing(file, ":save FILE")) {
            return;
        }
        try {
            Files.writeString(Path.of(file), log.script(current.profile(), current.settings()), StandardCharsets.UTF_8);
            out.println("saved to " + file + (log.failedInputTraced()
                    ? " (inputs that failed are left out, so its trace lacks their records)" : ""));
        } catch (IOException e) {
            out.println("cannot write " + file + ": " + problem(e));
        }
    }

    private void reset() {
        session.reset(next);
        current = next;
        log.clear();
        out.println("reset: a fresh kernel" + describe(next));
    }

    private static String describe(RunOptions options) {
        String profile = options.profile() == null ? "seed" : options.profile();
        return " (profile " + profile + (options.settings().isEmpty() ? "" : ", " + options.settings()) + ")";
    }

    private void trace(String argument) {
        if (argument.isEmpty()) {
            log.trace().forEach(out::println);
            return;
        }
        try {
            log.lastTrace(Math.max(0, Integer.parseInt(argument))).forEach(out::println);
        } catch (NumberFormatException e) {
            out.println("usage: :trace [N]  (N a number of records)");
        }
    }

    private void namespaces(String task) {
        if (missing(task, ":ns TASK  (a variable holding a task, or a pid)")) {
            return;
        }
        Map<String, Long> inodes = session.inspect(views -> views.namespaces(task));
        if (inodes == null) {
            out.println("no task " + task + (session.inspect(KernelViews::booted) ? "" : " (the kernel has not booted yet)"));
            return;
        }
        inodes.forEach((kind, inum) -> out.println(kind + ":[" + inum + "]"));
    }

    private void set(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            out.println("usage: :set KEY=VALUE");
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>(next.settings());
        String key = argument.substring(0, eq).strip();
        String value = argument.substring(eq + 1).strip();
        settings.remove(key);   // the last value wins and goes last
        settings.put(key, value);
        change(settings, next.profile(), key, value);
    }

    private void profile(String name) {
        if (missing(name, ":profile NAME  (seed or upstream)")) {
            return;
        }
        change(next.settings(), name, "profile", name);
    }

    /** New options for the next kernel; before boot they apply to this one right away. */
    private void change(Map<String, String> settings, String profile, String key, String value) {
        RunOptions changed;
        try {
            changed = RunOptions.of(settings, profile, next.err()).withInvariantChecks(next.checkInvariants());
        } catch (InvalidOptionsException e) {
            out.println("error: " + e.getMessage());
            return;
        }
        next = changed;
        if (!session.inspect(KernelViews::booted)) {
            // A config statement is what a script would write; it runs before the kernel boots.
            if (evaluator.evaluate("config " + key + " = " + SessionLog.quote(value), null)) {
                current = changed;
                log.forgetLastInput();   // :save writes the knob among the config lines
            }
            return;
        }
        out.println(key + " = " + value + " applies from the next :reset (the kernel has booted; :reset clears the session)");
    }

    private void diff(String golden) {
        if (missing(golden, ":diff GOLDEN  (a .trace file)")) {
            return;
        }
        List<String> expected;
        try {
            expected = Files.readString(Path.of(golden), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            out.println("cannot read " + golden + ": " + problem(e));
            return;
        }
        String report = TraceDiff.report(golden, expected, "session (actual)", log.trace(), i -> "");
        out.print(report.isEmpty() ? "the session's trace equals " + golden + "\n" : report);
    }
}
