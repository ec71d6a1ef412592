package org.cscript.kernel;

/**
 * The simulator's maxima (knobs {@code limits.*}, docs/limits.md), resolved from a
 * {@link KernelConfig}. They bound what one scenario may make the simulator hold or do, so a
 * runaway script ends at the statement that crossed one, with the limit's name, long before it
 * could exhaust the heap. They are not Linux limits: crossing one is a scenario error
 * ({@link LimitException}), never an errno a script could catch.
 *
 * @param steps loop iterations and function calls of one run (the language counts them)
 * @param tasks tasks and threads created over the run (the model keeps every task it created)
 * @param containers containers created over the run
 * @param namespaces namespaces created over the run
 * @param fds open descriptors in one descriptor table
 * @param stringBytes UTF-8 bytes of one string value
 * @param listItems items of one list value
 * @param traceRecords audit records written to the host trace over the run
 */
public record Limits(long steps, long tasks, long containers, long namespaces, long fds, long stringBytes,
        long listItems, long traceRecords) {

    public static Limits of(KernelConfig c) {
        return new Limits(c.number("limits.steps"), c.number("limits.tasks"), c.number("limits.containers"),
                c.number("limits.namespaces"), c.number("limits.fds"), c.number("limits.string_bytes"),
                c.number("limits.list_items"), c.number("limits.trace_records"));
    }

    /** Throws the limit's error when {@code count} more than {@code max} objects would exist. */
    static void check(long count, long max, String what, String knob) {
        if (count > max) {
            throw LimitException.exceeded(what, max, knob);
        }
    }
}
