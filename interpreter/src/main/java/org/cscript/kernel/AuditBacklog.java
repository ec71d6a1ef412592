package org.cscript.kernel;

/**
 * The audit backlog knobs (docs/proposals/audit-backlog.md), resolved from a {@link KernelConfig}:
 * the bounded queue between the kernel and its audit daemon, as the real audit subsystem has it
 * ({@code auditctl -b}, {@code -f}, {@code -r}), and how fast the simulated daemon reads it.
 * The defaults keep every trace as it was: no limit, no rate limit, a reader that keeps up.
 *
 * @param limit audit.backlog_limit: records the queue may hold (0: no limit, Linux's meaning)
 * @param failure audit.failure: what losing a record does (Linux's -f 0, 1, 2)
 * @param rateLimit audit.rate_limit: records per second of the model clock (0: none)
 * @param reader audit.reader: the daemon reads each event as it is queued, or only at auditd_read()
 */
record AuditBacklog(long limit, Failure failure, long rateLimit, Reader reader) {
    /** audit.failure: silent (0), printk (1, Linux's default), panic (2). */
    enum Failure { SILENT, PRINTK, PANIC }

    /** audit.reader: eager (the daemon keeps up) or manual (it reads at auditd_read()). */
    enum Reader { EAGER, MANUAL }

    static AuditBacklog of(KernelConfig c) {
        return new AuditBacklog(c.number("audit.backlog_limit"),
                Failure.valueOf(c.get("audit.failure").toUpperCase(java.util.Locale.ROOT)),
                c.number("audit.rate_limit"),
                Reader.valueOf(c.get("audit.reader").toUpperCase(java.util.Locale.ROOT)));
    }
}
