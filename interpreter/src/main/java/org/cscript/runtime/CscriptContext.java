package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.abi.Errno;
import org.cscript.coverage.ProvenCheck;
import org.cscript.kernel.ConfigException;

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
    /** Where each trace line written so far came from, "SCRIPT:LINE" (empty when unknown), by line. */
    private final List<String> traceOrigins = new ArrayList<>();
    private AuditAssertions auditAssertions;
    private int flushedTraceLines;
    private int callDepth;
    /** Loop iterations and function calls of the current main script (limits.steps). */
    private long steps;

    /**
     * The call depth limit (docs/limits.md): script function calls nested deeper fail at the
     * call, the same on every run, long before the host's deep stack would run out.
     */
    public static final int MAX_CALL_DEPTH = 10_000;

    CscriptContext(TruffleLanguage.Env env, String profile, Map<String, String> settings, boolean checkInvariants) {
        this.env = env;
        this.err = new PrintStream(env.err(), true, java.nio.charset.StandardCharsets.UTF_8);
        KernelSession s;
        String error;
        try {
            s = new KernelSession(profile, settings, checkInvariants);
            error = null;
        } catch (ConfigException e) {
            s = new KernelSession(null, Map.of());
            error = e.getMessage();
        }
        this.session = s;
        this.optionError = error;
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
        if (HeapWatch.nearlyFull()) {
            CompilerDirectives.transferToInterpreter();
            throw new CsError("memory limit: the scenario's values fill more than " + HeapWatch.PERCENT
                    + "% of the heap (" + HeapWatch.maxMiB() + " MiB; the JVM's -Xmx)", location);
        }
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

    /** The assert_audit state of this run, over the host trace. */
    @TruffleBoundary
    public AuditAssertions auditAssertions() {
        if (auditAssertions == null) {
            auditAssertions = new AuditAssertions(session::trace);
        }
        return auditAssertions;
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
        if (!traceOrigins.isEmpty() && env.isPolyglotBindingsAccessAllowed()) {
            env.exportSymbol(TRACE_ORIGINS_BINDING, String.join("\n", traceOrigins));
        }
    }

    /** The polyglot binding that holds the trace origins ({@link #publishTraceOrigins}). */
    public static final String TRACE_ORIGINS_BINDING = "cscript.trace-origins";

    /**
     * Writes the lines a kernel call at {@code call} emitted, attributed to the statement of the
     * main script that led to it: the outermost call site on the stack (a function's records
     * belong to the line that called it), else the call itself. Writing after every call is what
     * makes {@code cscript run} stream the trace.
     */
    @TruffleBoundary
    public void flushTrace(Node call) {
        if (session.trace().size() <= flushedTraceLines) {
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
        writeTrace(origin[0] == null ? "" : origin[0].getSource().getName() + ":" + origin[0].getStartLine());
    }

    /**
     * Writes the trace lines emitted since the last flush to the context's standard output: this
     * is how the host (its scenario runner, the REPL) receives the trace, on success and failure.
     */
    @TruffleBoundary
    public void flushTrace() {
        writeTrace("");
    }

    private void writeTrace(String origin) {
        List<String> lines = session.trace();
        if (lines.size() <= flushedTraceLines) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (int i = flushedTraceLines; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
            traceOrigins.add(origin);
        }
        flushedTraceLines = lines.size();
        try {
            env.out().write(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            env.out().flush();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write the trace", e);
        }
    }
}
