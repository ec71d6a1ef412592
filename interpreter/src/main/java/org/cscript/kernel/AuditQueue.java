package org.cscript.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.WrittenEvent;

/**
 * An audit daemon's backlog (docs/proposals/audit-backlog.md), the host's or a container sink's:
 * records wait here between the kernel and the daemon, and a record that finds the queue full
 * (audit.backlog_limit) or its second's budget spent (audit.rate_limit) is lost, as Linux's
 * audit_log_start loses it: counted in {@code lost}, reported on the kernel log (audit.failure =
 * printk), or a panic. The daemon's log holds what was read; an event all of whose records were
 * lost leaves a gap in its serials.
 */
final class AuditQueue {
    private final ArrayDeque<WrittenEvent> waiting = new ArrayDeque<>();
    private int waitingRecords;
    private long lost;
    /** The kernel's log, shared by every queue; a sink's lines name it ({@code who}). */
    private final List<String> kernelLog;
    private final String who;
    /** The second of the model clock the rate limit is counting, and its records so far. */
    private long rateSecond = -1;
    private long rateCount;

    /** A queue whose kernel log lines are prefixed by {@code who} (null for the host's, Linux's own lines). */
    AuditQueue(String who, List<String> kernelLog) {
        this.who = who;
        this.kernelLog = kernelLog;
    }

    /**
     * The records of an event stamped at {@code clockMs} that the queue takes, in order; the
     * others are lost (and reported as {@code backlog} says).
     */
    List<AuditRecord> admit(List<AuditRecord> records, long clockMs, AuditBacklog backlog) {
        if (backlog.limit() == 0 && backlog.rateLimit() == 0) {
            return records;   // the defaults: nothing is ever lost
        }
        List<AuditRecord> taken = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            // an event's records queue together: the ones taken before this one count
            String reason = refusal(clockMs, waitingRecords + taken.size(), backlog);
            if (reason == null) {
                taken.add(r);
            } else {
                lose(reason, backlog);
            }
        }
        return taken;
    }

    private String refusal(long clockMs, int queued, AuditBacklog backlog) {
        if (backlog.rateLimit() > 0) {
            long second = Long.divideUnsigned(clockMs, 1000);
            if (second != rateSecond) {
                rateSecond = second;
                rateCount = 0;
            }
            if (rateCount >= backlog.rateLimit()) {
                return "rate limit exceeded";
            }
            rateCount++;
        }
        if (backlog.limit() > 0 && queued >= backlog.limit()) {
            kernelLine("audit: audit_backlog=" + (queued + 1) + " > audit_backlog_limit=" + backlog.limit(), backlog);
            return "backlog limit exceeded";
        }
        return null;
    }

    /** Linux's audit_log_lost: count it, then say so as audit.failure asks. */
    private void lose(String reason, AuditBacklog backlog) {
        lost++;
        if (backlog.failure() == AuditBacklog.Failure.PANIC) {
            throw new KernelPanic("audit: " + (who == null ? "" : who + ": ") + reason);
        }
        kernelLine("audit: audit_lost=" + lost + " audit_rate_limit=" + backlog.rateLimit()
                + " audit_backlog_limit=" + backlog.limit(), backlog);
    }

    private void kernelLine(String line, AuditBacklog backlog) {
        if (backlog.failure() != AuditBacklog.Failure.SILENT) {
            kernelLog.add(who == null ? line : "audit: " + who + ": " + line.substring("audit: ".length()));
        }
    }

    void add(WrittenEvent event) {
        waiting.add(event);
        waitingRecords += event.records().size();
    }

    /** The events waiting, oldest first, taken out of the queue (the daemon reads them). */
    List<WrittenEvent> drain() {
        List<WrittenEvent> out = new ArrayList<>(waiting);
        waiting.clear();
        waitingRecords = 0;
        return out;
    }

    /** The serial of the oldest event waiting, or null. */
    Long firstWaitingSerial() {
        return waiting.isEmpty() ? null : waiting.peekFirst().serial();
    }

    /** Records waiting to be read (auditctl -s's backlog). */
    int backlog() {
        return waitingRecords;
    }

    /** Records lost so far (auditctl -s's lost). */
    long lost() {
        return lost;
    }

    /** What {@link StateLines} shows of the queue: waiting records and events, lost records, the rate limit's second and count. */
    String stateLine() {
        return "backlog=" + waitingRecords + "/" + waiting.size() + " lost=" + lost + " rate=" + rateSecond + ":"
                + rateCount;
    }
}
