package org.cscript.golden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cscript.host.Failures;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.cscript.host.SharedEngine;

/**
 * The one golden engine: runs NAME.cscript and compares it with its one expectation beside it,
 * NAME.trace (the trace of a scenario that passes) or NAME.err ({@code # exit: N} and the
 * diagnostics of one that must fail), as {@code cscript test}, the JUnit Platform engine and this
 * repository's own suites do. Thread-safe: each scenario runs in its own polyglot context, all on
 * one shared engine. An exception out of a scenario becomes its outcome.
 */
public final class GoldenEngine implements AutoCloseable {
    /** Whether a run may write goldens: {@code WRITE} creates missing ones and rewrites changed ones. */
    public enum Update { NO, WRITE }

    private final RunOptions options;
    private final Duration timeout;
    private final SharedEngine engine;

    /** @param timeout per scenario; null for none */
    public GoldenEngine(RunOptions options, Duration timeout) {
        this.options = options;
        this.timeout = timeout;
        this.engine = new SharedEngine(options.tools());   // coverage (cscript test --coverage) is the engine's
    }

    /** Runs one scenario against its golden. */
    public ScenarioOutcome check(Path script, Update update) {
        long start = System.nanoTime();
        Outcome o;
        try {
            o = checkTimed(script, update);
        } catch (Unreadable e) {
            o = Outcome.fail("cannot read " + e.file + ": " + reason(e.cause));
        }
        return new ScenarioOutcome(script, o.verdict, o.change, Duration.ofNanos(System.nanoTime() - start), o.detail,
                o.trace, o.internal);
    }

    @Override
    public void close() {
        engine.close();
    }

    private Outcome checkTimed(Path script, Update update) {
        ScenarioHeader header;
        try {
            header = ScenarioHeader.read(script);
        } catch (IOException e) {
            throw new Unreadable(script, e);
        }
        if (header.skipReason() != null) {
            return new Outcome(Verdict.SKIP, ScenarioOutcome.Change.NONE, header.skipReason(), List.of(), false);
        }
        Expectation expected = Expectation.of(script);
        if (expected instanceof Expectation.Both both) {
            return Outcome.fail("both " + both.trace().getFileName() + " and " + both.err().getFileName()
                    + " exist: a scenario either passes (.trace) or must fail (.err); delete one");
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        ScenarioResult result;
        try {
            PrintStream err = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
            ScenarioRunner runner = new ScenarioRunner(options.withErr(err)).onEngine(engine);
            result = (timeout == null ? runner : runner.withTimeout(timeout)).run(script);
        } catch (RuntimeException e) {
            String stderr = diagnostics.toString(StandardCharsets.UTF_8);
            return Failures.isUserError(e)
                    ? Outcome.fail(stderr + "error: " + e.getMessage())
                    : new Outcome(Verdict.FAIL, ScenarioOutcome.Change.NONE, stderr + Failures.internalErrorReport(e),
                            List.of(), true);
        }
        String stderr = diagnostics.toString(StandardCharsets.UTF_8);
        return switch (result.status()) {
            case TIMED_OUT -> new Outcome(Verdict.TIMEOUT, ScenarioOutcome.Change.NONE,
                    "stopped after " + seconds(timeout) + " (--timeout); " + result.trace().size()
                            + " trace lines so far", result.trace(), false);
            case INTERNAL_ERROR -> new Outcome(Verdict.FAIL, ScenarioOutcome.Change.NONE,
                    "internal error (a bug in cscript):\n" + stderr, result.trace(), true);
            case OK -> passed(script, expected, result, update);
            case FAILED, INVALID -> failed(script, expected, result, stderr, update);
        };
    }

    /** A clean run: it must match NAME.trace. */
    private static Outcome passed(Path script, Expectation expected, ScenarioResult result, Update update) {
        String actual = result.traceText();
        return switch (expected) {
            case Expectation.Trace t -> againstGolden(t.file(), actual, result.trace(), result::originOf, script,
                    result, update);
            case Expectation.Failure f -> Outcome.fail("ran cleanly, but " + f.file().getFileName()
                    + " says it must fail (delete it and create the .trace with --update if it should pass now)");
            case Expectation.Missing m -> update == Update.WRITE
                    ? write(m.trace(), actual, ScenarioOutcome.Change.CREATED, result)
                    : Outcome.fail("no golden: " + m.trace().getFileName() + " does not exist; create it with --update"
                            + " and review it");
            case Expectation.Both b -> throw new IllegalStateException("checked before the run");
        };
    }

    /** A run that failed (exit 1 or 2): it must match NAME.err. */
    private static Outcome failed(Path script, Expectation expected, ScenarioResult result, String stderr,
            Update update) {
        String actual = Diagnostics.errGolden(result.status().exitCode(), Diagnostics.normalise(stderr, script));
        return switch (expected) {
            case Expectation.Failure f -> againstGolden(f.file(), actual, actual.lines().toList(), i -> "", script,
                    result, update);
            case Expectation.Trace t -> new Outcome(Verdict.FAIL, ScenarioOutcome.Change.NONE,
                    stderr.isEmpty() ? "the run failed (exit " + result.status().exitCode() + ")" : stderr.stripTrailing(),
                    result.trace(), false);
            case Expectation.Missing m -> update == Update.WRITE
                    ? write(m.err(), actual, ScenarioOutcome.Change.CREATED, result)
                    : Outcome.fail("no golden, and the run failed:\n" + stderr.stripTrailing()
                            + "\n(if it must fail, create " + m.err().getFileName() + " with --update and review it)");
            case Expectation.Both b -> throw new IllegalStateException("checked before the run");
        };
    }

    /**
     * The run's text against an existing golden of its kind: equal passes, an update rewrites it,
     * otherwise the diff (lines of {@code actualLines}, each from {@code origin}).
     */
    private static Outcome againstGolden(Path golden, String actual, List<String> actualLines,
            java.util.function.IntFunction<String> origin, Path script, ScenarioResult result, Update update) {
        String expected = read(golden);
        if (expected.equals(actual)) {
            return Outcome.pass(result);
        }
        if (update == Update.WRITE) {
            return write(golden, actual, ScenarioOutcome.Change.UPDATED, result);
        }
        String diff = TraceDiff.report(golden.toString(), expected.lines().toList(), script + " (actual)", actualLines,
                origin);
        return new Outcome(Verdict.FAIL, ScenarioOutcome.Change.NONE,
                diff.isEmpty() ? "the files differ only in line endings or the final newline" : diff, result.trace(), false);
    }

    private static String read(Path golden) {
        try {
            return Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable(golden, e);
        }
    }

    /** A scenario or golden file that cannot be read: the scenario's failure, not a bug. */
    private static final class Unreadable extends RuntimeException {
        final transient Path file;
        final IOException cause;

        Unreadable(Path file, IOException cause) {
            super(null, cause, false, false);
            this.file = file;
            this.cause = cause;
        }
    }

    private static Outcome write(Path golden, String text, ScenarioOutcome.Change change, ScenarioResult result) {
        try {
            AtomicFiles.write(golden, text);
        } catch (IOException e) {
            return Outcome.fail("cannot write " + golden + ": " + reason(e));
        }
        return new Outcome(Verdict.PASS, change, "", result.trace(), false);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Why a file could not be used, in words (the JDK often says no more than the path). */
    public static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException _ -> "permission denied";
            case java.nio.file.NoSuchFileException _ -> "no such file or folder";
            case java.nio.charset.CharacterCodingException _ -> "it is not UTF-8 text";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    private record Outcome(Verdict verdict, ScenarioOutcome.Change change, String detail, List<String> trace,
            boolean internal) {
        static Outcome pass(ScenarioResult result) {
            return new Outcome(Verdict.PASS, ScenarioOutcome.Change.NONE, "", result.trace(), false);
        }

        static Outcome fail(String detail) {
            return new Outcome(Verdict.FAIL, ScenarioOutcome.Change.NONE, detail, List.of(), false);
        }
    }
}
