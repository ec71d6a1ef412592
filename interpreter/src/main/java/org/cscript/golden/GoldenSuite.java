package org.cscript.golden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.host.Failures;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;

/**
 * Golden-trace regression checks: NAME.cscript must run cleanly and print exactly NAME.trace.
 * Used by {@code cscript test} and by the project's own example suite. It is a top level: an
 * exception out of one scenario becomes that scenario's outcome and the suite goes on.
 */
public final class GoldenSuite {
    /** What happened to one scenario. */
    public enum Verdict {
        PASSED, UPDATED, RUN_FAILED, GOLDEN_MISSING, TRACE_DIFFERS,
        /** The golden file could not be read or written (the detail says why): not a bug in cscript. */
        GOLDEN_UNUSABLE,
        /** A bug in cscript; the detail holds the stack trace. */
        INTERNAL_ERROR
    }

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

    /** The .cscript files named, and those found under the folders named, each list sorted. */
    public static List<Path> discover(List<Path> paths) throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(p -> p.getFileName().toString().endsWith(".cscript") && Files.isRegularFile(p))
                            .sorted().forEach(scripts::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();   // a folder below that cannot be read
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
        ScenarioResult result;
        try {
            result = new ScenarioRunner(options.withErr(err)).run(script);
        } catch (RuntimeException e) {
            String stderr = diagnostics.toString(StandardCharsets.UTF_8);
            return Failures.isUserError(e)
                    ? new Outcome(script, Verdict.RUN_FAILED, List.of(), stderr + "error: " + e.getMessage())
                    : new Outcome(script, Verdict.INTERNAL_ERROR, List.of(), stderr + Failures.internalErrorReport(e));
        }
        String stderr = diagnostics.toString(StandardCharsets.UTF_8);
        if (result.status() == ScenarioResult.Status.INTERNAL_ERROR) {
            return new Outcome(script, Verdict.INTERNAL_ERROR, result.trace(), stderr);
        }
        if (result.status() != ScenarioResult.Status.OK) {
            return new Outcome(script, Verdict.RUN_FAILED, result.trace(), stderr);
        }
        return compare(script, result, update);
    }

    private static Outcome compare(Path script, ScenarioResult result, boolean update) {
        Path golden = goldenOf(script);
        String actual = result.traceText();
        if (update) {
            try {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return unusable(script, result, "cannot write " + golden + ": " + reason(e));
            }
            return new Outcome(script, Verdict.UPDATED, result.trace(), "");
        }
        if (!Files.exists(golden)) {
            return new Outcome(script, Verdict.GOLDEN_MISSING, result.trace(),
                    golden + " does not exist; create it with --update and review it");
        }
        String expected;
        try {
            expected = Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return unusable(script, result, "cannot read " + golden + ": " + reason(e));
        }
        if (expected.equals(actual)) {
            return new Outcome(script, Verdict.PASSED, result.trace(), "");
        }
        String diff = UnifiedDiff.diff(golden.toString(), expected.lines().toList(), script + " (actual)", actual.lines().toList());
        return new Outcome(script, Verdict.TRACE_DIFFERS, result.trace(),
                diff.isEmpty() ? "the traces differ only in line endings or the final newline" : diff);
    }

    private static Outcome unusable(Path script, ScenarioResult result, String detail) {
        return new Outcome(script, Verdict.GOLDEN_UNUSABLE, result.trace(), detail);
    }

    /** Why a golden file could not be used, in words (the JDK often says no more than the path). */
    public static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException _ -> "permission denied";
            case NoSuchFileException _ -> "no such file or folder";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
