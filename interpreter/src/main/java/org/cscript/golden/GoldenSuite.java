package org.cscript.golden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/**
 * Golden-trace regression checks: NAME.cscript must run cleanly and print exactly NAME.trace.
 * Used by {@code cscript test} and by the project's own example suite.
 */
public final class GoldenSuite {
    /** What happened to one scenario. */
    public enum Verdict { PASSED, UPDATED, RUN_FAILED, GOLDEN_MISSING, TRACE_DIFFERS }

    /** The verdict, the trace the run printed, and the diagnostics or diff to show. */
    public record Outcome(Path script, Verdict verdict, List<String> trace, String detail) {
        public boolean passed() {
            return verdict == Verdict.PASSED || verdict == Verdict.UPDATED;
        }
    }

    private final RunOptions options;

    /** A suite under {@code options} (valid by construction); each scenario's diagnostics are captured apart. */
    public GoldenSuite(RunOptions options) {
        this.options = options;
    }

    /**
     * A suite under this profile and these settings, checked once, here.
     *
     * @throws org.cscript.host.InvalidOptionsException for a bad profile or setting
     */
    public GoldenSuite(Map<String, String> settings, String profile) {
        this(RunOptions.of(settings, profile, System.err));
    }

    /** The .cscript files named, and those found under the folders named, each list sorted. */
    public static List<Path> discover(List<Path> paths) throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(p -> p.getFileName().toString().endsWith(".cscript") && Files.isRegularFile(p))
                            .sorted().forEach(scripts::add);
                }
            } else {
                scripts.add(path);
            }
        }
        return scripts;
    }

    public static Path goldenOf(Path script) {
        return script.resolveSibling(script.getFileName().toString().replaceFirst("\\.cscript$", "") + ".trace");
    }

    /** Runs one scenario; with {@code update} a clean run rewrites its golden file. */
    public Outcome check(Path script, boolean update) {
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
        ScenarioResult result = new ScenarioRunner(options.withErr(err)).run(script);
        String stderr = diagnostics.toString(StandardCharsets.UTF_8);
        if (result.status() != ScenarioResult.Status.OK) {
            return new Outcome(script, Verdict.RUN_FAILED, result.trace(), stderr);
        }
        Path golden = goldenOf(script);
        String actual = result.traceText();
        try {
            if (update) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return new Outcome(script, Verdict.UPDATED, result.trace(), "");
            }
            if (!Files.exists(golden)) {
                return new Outcome(script, Verdict.GOLDEN_MISSING, result.trace(),
                        golden + " does not exist; create it with --update and review it");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (expected.equals(actual)) {
                return new Outcome(script, Verdict.PASSED, result.trace(), "");
            }
            String diff = UnifiedDiff.diff(golden.toString(), expected.lines().toList(), script + " (actual)", actual.lines().toList());
            return new Outcome(script, Verdict.TRACE_DIFFERS, result.trace(),
                    diff.isEmpty() ? "the traces differ only in line endings or the final newline" : diff);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
