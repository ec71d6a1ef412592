package org.cscript.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cscript.host.ReplSession;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** Drives the REPL through a JLine dumb terminal on byte streams, as a pipe would. */
final class ReplTranscripts {
    record Session(ScenarioResult.Status exit, String out, String err) {
    }

    private ReplTranscripts() {
    }

    /** With prompts, as on a terminal. */
    static Session type(String input) throws IOException {
        return run(input, false, null);
    }

    /** Without prompts (as from a pipe): the output is exactly records, values and command output. */
    static Session typeQuietly(String input) throws IOException {
        return run(input, true, null);
    }

    static Session typeWithHistory(String input, Path history) throws IOException {
        return run(input, false, history);
    }

    private static Session run(String input, boolean quiet, Path history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8);
                ReplSession session = new ReplSession(RunOptions.defaults(errStream))) {
            Repl repl = new Repl(terminal, session, errStream);
            if (quiet) {
                repl.withoutPrompts();
            }
            if (history != null) {
                repl.withHistory(history);
            }
            ScenarioResult.Status exit = repl.run();
            terminal.flush();
            return new Session(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
