package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cscript.abi.Errno;
import org.cscript.coverage.ProvenCheck;
import org.cscript.kernel.ConfigException;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.StateSnapshot;
import org.cscript.kernel.TakenSnapshot;
import org.cscript.kernel.TraceKeeping;

/** Per-run state: kernel session, globals, functions, loaded modules and output streams. */
public final class CscriptContext {
    private static final ContextReference<CscriptContext> REFERENCE = ContextReference.create(CscriptLanguage.class);

    private final TruffleLanguage.Env env;
    private final PrintStream err;
    private final KernelSession session;
    private final String optionError;
    private final Globals globals = new Globals();
    private final FunctionRegistry functions = new FunctionRegistry();
    private final Map<String, ModuleUnit> modules = new LinkedHashMap<>();
    private final Set<String> executedModules = new HashSet<>();
    /** The errnos {@code expect} statements caught, encoded as {@link ProvenCheck#appendEncoded} writes them. */
    private final StringBuilder caughtErrnos = new StringBuilder();
    private final TraceOutput traceOutput;
    private RecordKinds recordKinds;
    private AuditAssertions auditAssertions;
    private ExploreDriver explore;
    /** The snapshots taken so far, encoded ({@link TakenSnapshot#appendEncoded}); null unless the host asked for them. */
    private StringBuilder snapshots;
    private int callDepth;
    /** Loop iterations and function calls of the current main script (limits.steps). */
    private long steps;

    /**
     * The call depth limit (docs/limits.md): script function calls nested deeper fail at the
     * call, the same on every run, long before the host's deep stack would run out.
     */
    public static final int MAX_CALL_DEPTH = 10_000;

    /**
     * {@code traceOrigins}: the host keeps the trace and wants to know which statement wrote each
     * line; {@code jsonTrace}: the trace is written as JSON objects (docs/json.md), not lines.
     */
    CscriptContext(TruffleLanguage.Env env, String profile, Map<String, String> settings, boolean checkInvariants,
            TraceKeeping keeping, boolean traceOrigins, boolean jsonTrace) {
        this.env = env;
        this.err = new PrintStream(env.err(), true, java.nio.charset.StandardCharsets.UTF_8);
        KernelSession s;
        String error;
        try {
            s = new KernelSession(profile, settings, checkInvariants, keeping);
            error = null;
        } catch (ConfigException e) {
            s = new KernelSession(null, Map.of());
            error = e.getMessage();
        }
        this.session = s;
        this.optionError = error;
        this.traceOutput = new TraceOutput(env.out(), traceOrigins, jsonTrace);
        s.streamTraceTo(traceOutput);
    }

    /** Notes which record types each builtin writes from now on ({@link RecordKinds}). */
    void noteRecordKinds() {
        recordKinds = new RecordKinds();
        traceOutput.noteKindsIn(recordKinds);
    }

    /** The record kinds noted, or null when the run does not note them. */
    public RecordKinds recordKinds() {
        return recordKinds;
    }

    /** Publishes the record kinds noted under {@link RecordKinds#BINDING}, at the end of each main script. */
    @TruffleBoundary
    public void publishRecordKinds() {
        if (recordKinds != null && env.isPolyglotBindingsAccessAllowed()) {
            env.exportSymbol(RecordKinds.BINDING, recordKinds.encoded());
        }
    }

    public static CscriptContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** Counts a function call in; true when it is one too many ({@link #MAX_CALL_DEPTH}: not entered). */
    public boolean enterCall() {
        if (callDepth >= MAX_CALL_DEPTH) {
            return true;
        }
        callDepth++;
        return false;
    }

    public void exitCall() {
        callDepth--;
    }

    /**
     * Counts one step (a loop iteration or a function call) at {@code location}: one increment
     * and one compare on the hot path; past limits.steps the run ends there (docs/limits.md).
     */
    public void countStep(Node location) {
        if (++steps > session.limits().steps()) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("step limit: more than " + session.limits().steps() + " steps (limits.steps)", location);
        }
        if ((steps & 1023) == 0) {
            flushStaleTrace();   // a long loop between kernel calls still streams what came before it
        }
        if (HeapWatch.nearlyFull()) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("memory limit: the scenario's values fill more than " + HeapWatch.PERCENT
                    + "% of the heap (" + HeapWatch.maxMiB() + " MiB; the JVM's -Xmx)", location);
        }
    }

    @TruffleBoundary
    private void flushStaleTrace() {
        traceOutput.flushIfStale();
    }

    /** A new main script (a REPL input) gets the whole step budget again. */
    public void resetSteps() {
        steps = 0;
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    /**
     * A bad {@code cscript.Profile} / {@code cscript.Settings} option, which the compiler reports
     * as an invalid script; null if none. Only someone using the polyglot API directly meets
     * it: the host refuses bad options once, before any context exists.
     */
    public String optionError() {
        return optionError;
    }

    /** This run's part in a {@code cscript explore} search, or null (a plain run). */
    public ExploreDriver explore() {
        return explore;
    }

    /** Makes this run one of an exploration's: the kernel keeps its trace so each step's records can be read. */
    void exploreFor(org.cscript.explore.Exploration exploration) {
        session.keepTraceInKernel();
        explore = new ExploreDriver(exploration, session);
    }

    public KernelSession session() {
        return session;
    }

    public Globals globals() {
        return globals;
    }

    public FunctionRegistry functions() {
        return functions;
    }

    public PrintStream err() {
        return err;
    }

    /** Modules compiled so far, by key ("std/NAME" or the file path). */
    public Map<String, ModuleUnit> modules() {
        return modules;
    }

    /** True the first time a module runs: a module's top level runs once per context. */
    @TruffleBoundary
    public boolean markExecuted(String moduleKey) {
        return executedModules.add(moduleKey);
    }

    /**
     * Before a main script runs: a program that calls {@code trace()} needs a kernel that keeps
     * its trace, and one with {@code assert_audit} statements a checker that sees every record
     * from the boot on. Both are decided before the kernel boots, at the first script's start; a
     * kernel that keeps its trace (the REPL's) gets a checker whatever its first input holds.
     */
    @TruffleBoundary
    public void prepareTrace(boolean readsTrace, boolean assertsAudit) {
        if (session.bootedKernel() != null) {
            return;
        }
        if (readsTrace) {
            session.keepTraceInKernel();
        }
        if (auditAssertions == null && (assertsAudit || session.traceKeeping() == TraceKeeping.IN_KERNEL)) {
            auditAssertions = new AuditAssertions();
            traceOutput.checkWith(auditAssertions.checker());
        }
    }

    /** The assert_audit state of this run; only a program with assert_audit statements has one. */
    @TruffleBoundary
    public AuditAssertions auditAssertions() {
        if (auditAssertions == null) {
            throw new IllegalStateException("an assert_audit statement ran without a checker: the compiler did not"
                    + " note it (a bug)");
        }
        return auditAssertions;
    }

    /** The end of a main script: its pending assert_no_audit statements, if it has a checker. */
    @TruffleBoundary
    public void finishAuditAssertions(Node scriptEnd) {
        if (auditAssertions != null) {
            auditAssertions.finish(scriptEnd);
        }
    }

    /**
     * Records that an {@code expect} at {@code script}:{@code line} caught the errno it expected
     * from {@code builtin}. Only the facts are kept here; which check of kernel-model.md §3 they
     * prove is decided by whoever reads them ({@link ProvenCheck#decode}), so a normal run never
     * loads the check tables. Nothing is printed.
     */
    @TruffleBoundary
    public void recordCaughtErrno(String builtin, Errno errno, String detail, String script, int line) {
        ProvenCheck.appendEncoded(caughtErrnos, builtin, errno, detail, script, line);
    }

    /**
     * Publishes the errnos caught so far under {@link ProvenCheck#BINDING}, once at the end of
     * each main script (an REPL input included), when the host allows polyglot bindings.
     */
    @TruffleBoundary
    public void publishCaughtErrnos() {
        if (!caughtErrnos.isEmpty() && env.isPolyglotBindingsAccessAllowed()) {
            env.exportSymbol(ProvenCheck.BINDING, caughtErrnos.toString());
        }
    }

    /**
     * Publishes where each trace line came from under {@link #TRACE_ORIGINS_BINDING}: one
     * "SCRIPT:LINE" per trace line, '\n'-separated, for the golden engine's failure reports.
     */
    @TruffleBoundary
    public void publishTraceOrigins() {
        if (!traceOutput.origins().isEmpty() && env.isPolyglotBindingsAccessAllowed()) {
            env.exportSymbol(TRACE_ORIGINS_BINDING, String.join("\n", traceOutput.origins()));
        }
    }

    /** Makes {@code snapshot()} keep the state it sees, and the script's end publish them ({@code cscript draw}). */
    void keepSnapshots() {
        snapshots = new StringBuilder();
    }

    /**
     * {@code snapshot(label)}: keeps the model's state now, with the number of trace records
     * written so far, when the host asked for snapshots; otherwise nothing. Never boots the
     * kernel (an unbooted one is {@link StateSnapshot#NOT_BOOTED}) and never emits an event.
     */
    @TruffleBoundary
    public void takeSnapshot(String label) {
        if (snapshots == null) {
            return;
        }
        Kernel kernel = session.bootedKernel();
        StateSnapshot state = kernel == null ? StateSnapshot.NOT_BOOTED : StateSnapshot.of(kernel);
        new TakenSnapshot(label, kernel == null ? 0 : kernel.traceRecordsWritten(), state).appendEncoded(snapshots);
    }

    /**
     * Publishes the snapshots, followed by the state now (the script's end, or where it failed)
     * labelled "end", under {@link #SNAPSHOTS_BINDING}, when the host asked for snapshots.
     */
    @TruffleBoundary
    public void publishSnapshots() {
        if (snapshots == null || !env.isPolyglotBindingsAccessAllowed()) {
            return;
        }
        StringBuilder published = new StringBuilder(snapshots);
        Kernel kernel = session.bootedKernel();
        StateSnapshot state = kernel == null ? StateSnapshot.NOT_BOOTED : StateSnapshot.of(kernel);
        new TakenSnapshot("end", kernel == null ? 0 : kernel.traceRecordsWritten(), state).appendEncoded(published);
        env.exportSymbol(SNAPSHOTS_BINDING, published.toString());
    }

    /** The polyglot binding that holds the snapshots ({@link #publishSnapshots}). */
    public static final String SNAPSHOTS_BINDING = "cscript.snapshots";

    /** The polyglot binding that holds the trace origins ({@link #publishTraceOrigins}). */
    public static final String TRACE_ORIGINS_BINDING = "cscript.trace-origins";

    /**
     * Writes the lines a kernel call at {@code call} emitted, attributed to the statement of the
     * main script that led to it: the outermost call site on the stack (a function's records
     * belong to the line that called it), else the call itself. Writing after every call is what
     * makes {@code cscript run} stream the trace; the stack is walked only when the host keeps
     * the origins or the trace is written as JSON.
     */
    @TruffleBoundary
    public void flushTrace(Node call) {
        if (!traceOutput.hasPending()) {
            return;
        }
        if (!traceOutput.wantsOrigins()) {
            traceOutput.flush("");
            return;
        }
        SourceSection[] origin = {call.getEncapsulatingSourceSection()};
        Truffle.getRuntime().iterateFrames(frame -> {
            Node caller = frame.getCallNode();
            if (caller != null && caller.getEncapsulatingSourceSection() != null) {
                origin[0] = caller.getEncapsulatingSourceSection();
            }
            return null;
        });
        traceOutput.flush(origin[0] == null ? "" : origin[0].getSource().getName() + ":" + origin[0].getStartLine());
    }

    /**
     * Writes the trace lines emitted since the last flush to the context's standard output: this
     * is how the host (its scenario runner, the REPL) receives the trace, on success and failure.
     */
    @TruffleBoundary
    public void flushTrace() {
        traceOutput.flush("");
        traceOutput.flushNow();
    }
}
