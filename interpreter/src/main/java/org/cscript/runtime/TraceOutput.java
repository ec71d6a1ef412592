package org.cscript.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cscript.audit.AuditChecker;
import org.cscript.audit.WrittenEvent;
import org.cscript.kernel.TraceListener;

/**
 * Where the host trace of one run goes as the kernel writes it: its lines to the context's
 * standard output (how the host receives the trace: {@code cscript run} prints it, a golden run
 * collects it), its records to the run's {@code assert_audit} checker when the script has one.
 * Lines wait here only until the statement that caused them ends ({@link #flush}); nothing is
 * kept after that but each line's origin, and only when the host keeps the trace.
 */
final class TraceOutput implements TraceListener {
    private final OutputStream out;
    private final boolean recordsOrigins;
    private final StringBuilder pending = new StringBuilder(1024);
    private int pendingLines;
    /** "SCRIPT:LINE" of each line written so far (empty when unknown), when recorded. */
    private final List<String> origins = new ArrayList<>();
    private AuditChecker checker;

    /** {@code recordsOrigins}: whether the host keeps the trace, and so wants to know where each line came from. */
    TraceOutput(OutputStream out, boolean recordsOrigins) {
        this.out = out;
        this.recordsOrigins = recordsOrigins;
    }

    /** From now on each event's records also go to {@code checker}. */
    void checkWith(AuditChecker checker) {
        this.checker = checker;
    }

    @Override
    public void written(WrittenEvent event) {
        event.appendLines(pending);
        pendingLines += event.records().size();
        if (checker != null) {
            checker.written(event);
        }
    }

    boolean hasPending() {
        return pendingLines > 0;
    }

    boolean recordsOrigins() {
        return recordsOrigins;
    }

    /** Writes the lines waiting to the output, attributed to {@code origin}. */
    void flush(String origin) {
        if (pendingLines == 0) {
            return;
        }
        if (recordsOrigins) {
            for (int i = 0; i < pendingLines; i++) {
                origins.add(origin);
            }
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        pendingLines = 0;
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
