package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.List;
import java.util.Map;
import org.cscript.kernel.ConfigException;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.Limits;
import org.cscript.kernel.Task;
import org.cscript.kernel.TraceKeeping;
import org.cscript.kernel.TraceListener;

/**
 * The simulated kernel of one run and the acting task. The kernel boots at the first operation
 * that needs it; until then {@code config} statements may still change knobs (kernel-model.md
 * 0.4). Knobs apply in this order: profile, {@code --set} settings, script {@code config}.
 */
public final class KernelSession {
    private final KernelConfig config;
    private final Kernel.InvariantChecks checks;
    private TraceKeeping keeping;
    private TraceListener listener;
    private Kernel kernel;
    private Task actor;
    /** limits.* as resolved after the last knob change (they change only before boot). */
    private Limits limits;

    /** @throws ConfigException with KernelConfig's message for a bad profile or setting */
    public KernelSession(String profile, Map<String, String> settings) {
        this(profile, settings, false);
    }

    /**
     * As {@link #KernelSession(String, Map)}; with {@code checkInvariants} the kernel checks its
     * invariants (kernel-model.md 1.12) after every operation, and a violation is an internal error.
     *
     * @throws ConfigException with KernelConfig's message for a bad profile or setting
     */
    public KernelSession(String profile, Map<String, String> settings, boolean checkInvariants) {
        this(profile, settings, checkInvariants, TraceKeeping.IN_KERNEL);
    }

    /**
     * As {@link #KernelSession(String, Map, boolean)}, the kernel keeping its trace as
     * {@code keeping} says ({@link #keepTraceInKernel} may still change it before boot).
     *
     * @throws ConfigException with KernelConfig's message for a bad profile or setting
     */
    public KernelSession(String profile, Map<String, String> settings, boolean checkInvariants, TraceKeeping keeping) {
        this.keeping = keeping;
        this.config = baseConfig(profile, settings);
        this.checks = checkInvariants ? Kernel.InvariantChecks.AFTER_EVERY_OPERATION : Kernel.InvariantChecks.OFF;
        this.limits = Limits.of(config);
    }

    /** The simulator's maxima in force (docs/limits.md). */
    public Limits limits() {
        return limits;
    }

    /**
     * Checks --profile / --set once, before any run, so the host can refuse them up front.
     *
     * @throws ConfigException with KernelConfig's message for a bad profile or setting
     */
    public static void checkOptions(String profile, Map<String, String> settings) {
        baseConfig(profile, settings);
    }

    private static KernelConfig baseConfig(String profile, Map<String, String> settings) {
        KernelConfig c = KernelConfig.defaults();
        c.applyProfile(profile == null || profile.isEmpty() ? "seed" : profile);
        settings.forEach(c::set);
        return c;
    }

    /** Checks a {@code config key = value} statically: KernelConfig's message, or null if valid. */
    public static String checkConfig(String key, String value) {
        try {
            apply(KernelConfig.defaults(), key, value);
            return null;
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }

    private static void apply(KernelConfig c, String key, String value) {
        if (key.equals("profile")) {
            c.applyProfile(value);
        } else {
            c.set(key, value);
        }
    }

    /** Where the kernel keeps its trace (decided at boot). */
    public TraceKeeping traceKeeping() {
        return keeping;
    }

    /** The kernel, when it boots, keeps its trace: a program reads it back ({@code trace()}). */
    public void keepTraceInKernel() {
        if (kernel == null) {
            keeping = TraceKeeping.IN_KERNEL;
        }
    }

    /** The kernel, when it boots, hands every host event to {@code to} as it is written. */
    public void streamTraceTo(TraceListener to) {
        this.listener = to;
    }

    /** {@code config key = value}: only before the kernel boots. */
    @TruffleBoundary
    public void configure(String key, String value, Node location) {
        if (kernel != null) {
            throw new CsError("config " + key + " comes too late: the kernel already booted at the first kernel"
                    + " operation; put config statements before it", location);
        }
        try {
            apply(config, key, value);
            limits = Limits.of(config);
        } catch (ConfigException e) {
            throw new CsError(e.getMessage(), location);
        }
    }

    /**
     * The kernel, booted on first use, after the preamble P0 ({@link Kernel#startOrchestrator()}).
     * The scenario starts as the host orchestrator.
     */
    @TruffleBoundary
    public Kernel kernel() {
        if (kernel == null) {
            kernel = new Kernel(config, checks, keeping);
            if (listener != null) {
                kernel.addTraceListener(listener);
            }
            actor = kernel.startOrchestrator();
        }
        return kernel;
    }

    /** The kernel if it has booted, else null: a look that does not boot it (the REPL's :ps). */
    @TruffleBoundary
    public Kernel bootedKernel() {
        return kernel;
    }

    /** Task 1 ({@code init()}). */
    @TruffleBoundary
    public Task initTask() {
        return kernel().initTask();
    }

    /** The current task: the one kernel operations act as. */
    @TruffleBoundary
    public Task actor() {
        kernel();
        return actor;
    }

    /** Makes {@code task} the acting task and returns the previous one (for {@code as t { }}). */
    @TruffleBoundary
    public Task swapActor(Task task) {
        Task previous = actor();
        actor = task;
        return previous;
    }

    /** The host trace lines emitted so far (empty before boot): a read-only live view, no copy. */
    @TruffleBoundary
    public List<String> trace() {
        return kernel == null ? List.of() : kernel.hostTrace();
    }
}
