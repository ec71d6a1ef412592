package org.cscript.host;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a scenario's parse, checks and evaluation on a thread with a large stack, so that the
 * front end's and the interpreter's recursion reach the documented nesting and call-depth limits
 * (docs/limits.md) long before the Java stack runs out, whatever thread the caller is on. The
 * stack is reserved, not committed: memory is used only as deep as a script actually goes.
 */
final class DeepStack {
    /** Far above what the limits let a script use; see ScenarioLimitsTest for the measure. */
    static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(body.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, Thread.currentThread().getName() + "-scenario", STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // the scenario's own timeout stops it; wait for it to end
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
