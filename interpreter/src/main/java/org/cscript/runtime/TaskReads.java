package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.function.Consumer;
import org.cscript.kernel.Task;

/**
 * The tasks a step of an explored branch reaches through task handles (its arguments), which
 * belong to the step's footprint ({@code cscript explore}). Off for every other run: one static
 * flag, set the first time an exploration records, guards the per-thread recorder.
 */
public final class TaskReads {
    /** Whether any thread of this JVM has recorded; until then a handle costs nothing more. */
    static boolean active;
    private static final ThreadLocal<Consumer<Task>> RECORDER = new ThreadLocal<>();

    private TaskReads() {
    }

    /** Starts sending this thread's task reads to {@code to}. */
    @TruffleBoundary
    static void record(Consumer<Task> to) {
        active = true;
        RECORDER.set(to);
    }

    @TruffleBoundary
    static void stop() {
        RECORDER.remove();
    }

    @TruffleBoundary
    static void note(Task task) {
        Consumer<Task> to = RECORDER.get();
        if (to != null) {
            to.accept(task);
        }
    }
}
