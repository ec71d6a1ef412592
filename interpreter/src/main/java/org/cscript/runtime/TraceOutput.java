package org.cscript.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cscript.audit.AuditChecker;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceJson;
import org.cscript.audit.WrittenEvent;
import org.cscript.kernel.TraceListener;

/**
 * Where the host trace of one run goes as the kernel writes it: its lines to the context's
 * standard output (how the host receives the trace: {@code cscript run} prints it, a golden run
 * collects it), its records to the run's {@code assert_audit} checker when the script has one.
 * Lines wait here until the statement that caused them ends ({@link #flush}), and are then
 * written out in chunks: at the latest {@link #STALE_NANOS} after the oldest of them, or when
 * {@link #CHUNK_CHARS} have gathered, or at the end of the script ({@link #flushNow}). Flushing
 * the context's stream after every statement was 60% of a loop-heavy run. Only when the lines
 * reach the host changes, never which bytes. Nothing is kept after that but each line's origin,
 * and only when the host keeps the trace.
 *
 * <p>In JSON ({@code cscript run --format json}, docs/json.md) each record is written as its
 * {@link TraceJson} object instead of its line, with the statement that wrote it: the lines of a
 * statement wait apart until it ends, when their origin is known, and then join the output as JSON.
 */
final class TraceOutput implements TraceListener {
    private final OutputStream out;
    private final boolean recordsOrigins;
    /** JSON output: the current statement's lines, waiting for their origin; null for text output. */
    private final StringBuilder statement;
    private final StringBuilder pending = new StringBuilder(1024);
    private int pendingLines;
    /** "SCRIPT:LINE" of each line written so far (empty when unknown), when recorded. */
    private final List<String> origins = new ArrayList<>();
    private AuditChecker checker;
    /** Notes the record types each builtin writes (cscript.RecordKinds), or null. */
    private RecordKinds kinds;
    /** System.nanoTime() when the oldest line waiting was written. */
    private long pendingSince;

    /** How long a line may wait before it is written out: a streamed run shows its records as it goes. */
    static final long STALE_NANOS = 50_000_000L;
    /** How much may gather before it is written out whatever its age. */
    static final int CHUNK_CHARS = 32 * 1024;

    /**
     * {@code recordsOrigins}: whether the host keeps the trace, and so wants to know where each
     * line came from; {@code json}: each record is written as a JSON object with its origin.
     */
    TraceOutput(OutputStream out, boolean recordsOrigins, boolean json) {
        this.out = out;
        this.recordsOrigins = recordsOrigins;
        this.statement = json ? new StringBuilder(1024) : null;
    }

    /** From now on each event's record types are noted in {@code noted}. */
    void noteKindsIn(RecordKinds noted) {
        this.kinds = noted;
    }

    /** From now on each event's records also go to {@code checker}. */
    void checkWith(AuditChecker checker) {
        this.checker = checker;
    }

    @Override
    public void written(WrittenEvent event) {
        if (pending.isEmpty() && (statement == null || statement.isEmpty())) {
            pendingSince = System.nanoTime();
        }
        event.appendLines(statement == null ? pending : statement);
        pendingLines += event.records().size();
        if (checker != null) {
            checker.written(event);
        }
        if (kinds != null) {
            kinds.written(event);
        }
    }

    boolean hasPending() {
        return pendingLines > 0;
    }

    /** Whether {@link #flush} needs the origin of the lines waiting: the host keeps them, or they are written as JSON. */
    boolean wantsOrigins() {
        return recordsOrigins || statement != null;
    }

    /** The statement that wrote the lines waiting ends: they are attributed to {@code origin}. */
    void flush(String origin) {
        if (pendingLines == 0) {
            return;
        }
        if (recordsOrigins) {
            for (int i = 0; i < pendingLines; i++) {
                origins.add(origin);
            }
        }
        pendingLines = 0;
        if (statement != null) {
            appendJson(origin);
        }
        if (pending.length() >= CHUNK_CHARS || System.nanoTime() - pendingSince >= STALE_NANOS) {
            flushNow();
        }
    }

    /** The statement's lines, as JSON objects attributed to {@code origin}, join the output. */
    private void appendJson(String origin) {
        int start = 0;
        for (int end = statement.indexOf("\n"); end >= 0; start = end + 1, end = statement.indexOf("\n", start)) {
            try {
                pending.append(TraceJson.toJson(statement.substring(start, end), origin)).append('\n');
            } catch (MalformedRecordException e) {
                throw new IllegalStateException("the kernel wrote a malformed record (a bug): " + e.getMessage(), e);
            }
        }
        statement.setLength(0);
    }

    /** Between statements (a long loop): lines that have waited long enough are written out. */
    void flushIfStale() {
        if (!pending.isEmpty() && System.nanoTime() - pendingSince >= STALE_NANOS) {
            flushNow();
        }
    }

    /** Writes every line waiting to the output now (the end of a script, a failure). */
    void flushNow() {
        if (pending.isEmpty()) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the trace", e);
        }
    }

    List<String> origins() {
        return origins;
    }
}
