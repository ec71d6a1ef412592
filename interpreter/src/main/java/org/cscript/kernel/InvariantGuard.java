package org.cscript.kernel;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the {@link InvariantChecker} of a kernel at the times {@link Kernel.InvariantChecks} says:
 * at boot always (the baseline), after every operation when asked. Event operations are
 * checked through the {@link Events} hook, the facade's other entry points through
 * {@link #checked}; a violation becomes an {@link InvariantViolation} naming the operation.
 */
final class InvariantGuard {
    /** The classes whose methods are the entry points of the model, one per operation. */
    private static final Set<Class<?>> FACADE = Set.of(Kernel.class, SetupEntryPoints.class,
            KeyEntryPoints.class);

    private final InvariantChecker checker;
    private final boolean everyOperation;

    InvariantGuard(InvariantChecker checker, Kernel.InvariantChecks checks, Events events) {
        this.checker = checker;
        this.everyOperation = checks == Kernel.InvariantChecks.AFTER_EVERY_OPERATION;
        verify(() -> "boot", checker.check());
        if (everyOperation) {
            // the operation is described only for a report: walking the stack after every operation is costly
            events.afterEachOperation(ev -> verify(() -> describe(ev), checker.check()));
        }
    }

    /** An explicit check ({@link Kernel#checkInvariants()}). */
    List<Violation> checkNow() {
        return checker.check();
    }

    private static void verify(Supplier<String> operation, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvariantViolation(operation.get(), violations);
        }
    }

    /** A facade entry point that is not an event (OP-13, OP-50..OP-54, handles): checked after it, failed or not. */
    <R> R checked(String operation, Supplier<R> body) {
        if (!everyOperation) {
            return body.get();
        }
        R result;
        try {
            result = body.get();
        } catch (ScenarioMistake e) {
            verify(() -> operation, checker.check());
            throw e;
        }
        verify(() -> operation, checker.check());
        return result;
    }

    void checked(String operation, Runnable body) {
        checked(operation, () -> {
            body.run();
            return null;
        });
    }

    /** "close: close by task 100 (a0=0x3 ...)": the facade method that ran the event, then the event. */
    private static String describe(EventContext ev) {
        String method = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> FACADE.contains(f.getDeclaringClass()) && !f.getMethodName().startsWith("lambda$"))
                .map(StackWalker.StackFrame::getMethodName).findFirst().orElse("an operation"));
        StringBuilder sb = new StringBuilder(method).append(": ");
        if (ev.subject == null) {
            return sb.append("a kernel event").toString();
        }
        sb.append(ev.syscall == null ? "an event" : ev.syscall.syscallName()).append(" by ").append(ev.subject).append(" (");
        for (int i = 0; i < ev.args.length; i++) {
            sb.append(i == 0 ? "" : " ").append('a').append(i).append("=0x").append(Long.toHexString(ev.args[i]));
        }
        return sb.append(')').toString();
    }
}
