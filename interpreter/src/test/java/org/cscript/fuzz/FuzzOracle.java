package org.cscript.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.cscript.host.SharedEngine;

/**
 * Runs one input through the static checks and then the interpreter, and says what is wrong
 * with how cscript handled it, if anything: an internal error, a Java stack trace or exception
 * name in the output, a hang (the timeout), or an error without file:line:col. Any verdict of
 * the script itself (it passes, an assertion fails, a syntax error) is fine.
 */
final class FuzzOracle {
    /** A diagnostic line is located, an indented detail of one, or a host message about the file itself. */
    private static final Pattern LOCATED = Pattern.compile("^[^ ].*\\.cscript:\\d+:\\d+: error: .*");

    private final SharedEngine engine;
    private final Duration timeout;

    FuzzOracle(SharedEngine engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
    }

    /** Null when cscript handled the input well, else what went wrong. */
    String verdict(Path file, byte[] input) throws IOException {
        Files.write(file, input);
        for (boolean run : new boolean[] {false, true}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ScenarioRunner runner = new ScenarioRunner(RunOptions.defaults(new PrintStream(err, true, StandardCharsets.UTF_8)))
                    .onEngine(engine).withTimeout(timeout);
            ScenarioResult result = run ? runner.run(file) : runner.check(file);
            String stderr = err.toString(StandardCharsets.UTF_8);
            String mode = run ? "run" : "check";
            if (result.status() == ScenarioResult.Status.INTERNAL_ERROR) {
                return mode + ": internal error:\n" + stderr;
            }
            if (result.status() == ScenarioResult.Status.TIMED_OUT) {
                return mode + ": still running after " + timeout.toSeconds() + " s";
            }
            if (stderr.contains("\tat ") || stderr.contains("Exception") || stderr.contains("internal error")) {
                return mode + ": a Java stack trace or exception in the output:\n" + stderr;
            }
            for (String line : stderr.lines().toList()) {
                if (line.contains("error:") && !line.startsWith(" ") && !LOCATED.matcher(line).matches()) {
                    return mode + ": an error without file:line:col: " + line;
                }
            }
            if (result.status() != ScenarioResult.Status.OK) {
                return null;   // a failing check: the run would not start anyway
            }
        }
        return null;
    }
}
