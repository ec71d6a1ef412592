package org.cscript.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/** Writes scripts into a directory and runs them through {@link ScenarioRunner}, capturing stderr. */
final class ScriptHarness {
    /** The outcome of one run: status, trace and everything written to stderr. */
    record Outcome(ScenarioResult result, String err) {
        ScenarioResult.Status status() {
            return result.status();
        }
    }

    private final Path directory;

    ScriptHarness(Path directory) {
        this.directory = directory;
    }

    Path write(String name, String text) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome run(String text) {
        return run(write("test.cscript", text), new LinkedHashMap<>(), null, true);
    }

    Outcome check(String text) {
        return run(write("test.cscript", text), new LinkedHashMap<>(), null, false);
    }

    Outcome run(Path script, LinkedHashMap<String, String> settings, String profile, boolean execute) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        // the kernel checks its invariants after every operation: a violation fails the script as internal
        ScenarioRunner runner = new ScenarioRunner(RunOptions.of(settings, profile, stream).withInvariantChecks(true));
        ScenarioResult result = execute ? runner.run(script) : runner.check(script);
        return new Outcome(result, err.toString(StandardCharsets.UTF_8));
    }
}
