package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.cscript.abi.Syscall;
import org.cscript.audit.Attribution;
import org.cscript.audit.AuditEvent;
import org.cscript.audit.AuditRecord;
import org.cscript.audit.EventAssembler;
import org.cscript.audit.SubjectSnapshot;

/**
 * Runs model operations as event contexts (kernel-model.md §2.5): the body runs, its event is
 * assembled (§4.4) and emitted, then the death queue drains.
 */
final class Events {
    /** Runs at the end of every operation, after its event and the deaths it queued (invariant checks). */
    interface AfterOperation {
        void after(EventContext event);
    }

    private final KernelCore k;
    private AfterOperation after = event -> { };

    Events(KernelCore k) {
        this.k = k;
    }

    /** Installs the hook that runs after every operation (one; replaces the default, which does nothing). */
    void afterEachOperation(AfterOperation hook) {
        this.after = hook;
    }

    /** A task operation with a syscall name; failures still finish the event, then rethrow. */
    <R> R run(Task s, Syscall syscall, long[] args, Supplier<R> body, ToLongFunction<R> exitOf) {
        EventContext ev = begin(s, syscall, args);
        R result;
        try {
            PolicyOps.check(k, ev, k.operation);   // P-LSM: before the operation's own checks
            result = attempt(ev, body);
        } catch (KernelException e) {
            finish(ev, false, -e.errno().number());
            after.after(ev);
            throw e;
        } catch (RuntimeException | Error e) {
            k.current = null;
            throw e;
        }
        finish(ev, true, exitOf.applyAsLong(result));
        after.after(ev);
        return result;
    }

    /** The body, run again once if a container's supervisor overrides its EPERM (supervisor-override.md). */
    private <R> R attempt(EventContext ev, Supplier<R> body) {
        try {
            return body.get();
        } catch (KernelException e) {
            if (!Supervision.overrides(k, ev, e)) {
                throw e;
            }
            return body.get();
        }
    }

    /** A void task operation: its syscall exits 0 on success. */
    void run(Task s, Syscall syscall, long[] args, Runnable body) {
        run(s, syscall, args, () -> {
            body.run();
            return 0L;
        }, r -> r);
    }

    /** An operation without a syscall record (OP-49): a subject, forced records only. */
    void runWithoutSyscall(Task s, Runnable body) {
        EventContext ev = begin(s, null);
        try {
            body.run();
        } catch (KernelException e) {
            k.current = null;
            after.after(ev);
            throw e;
        } catch (RuntimeException | Error e) {
            k.current = null;
            throw e;
        }
        finishWithoutSyscall(ev);
        after.after(ev);
    }

    /** OP-48: a subject-less kernel event. */
    void runSubjectless(Runnable body, Supplier<AuditRecord> networkInfo) {
        if (k.current != null) {
            throw new IllegalStateException("nested event");
        }
        EventContext ev = new EventContext(null, null);
        k.current = ev;
        try {
            body.run();
        } catch (KernelException e) {
            k.current = null;
            after.after(ev);
            throw e;
        } catch (RuntimeException | Error e) {
            k.current = null;
            throw e;
        }
        emit(() -> AuditEvent.subjectless(networkInfo.get()).addGenerated(ev.records), List::of);
        k.life.drainDeaths(this);
        after.after(ev);
    }

    private EventContext begin(Task s, Syscall syscall, long... args) {
        if (k.current != null) {
            throw new IllegalStateException("nested event");
        }
        ArgumentChecks.requireRunning(s, syscall == null ? "op" : syscall.syscallName());
        EventContext ev = new EventContext(s, syscall, args);
        k.current = ev;
        return ev;
    }

    private void finish(EventContext ev, boolean success, long exit) {
        emit(() -> syscallEvent(ev, success, exit), () -> attributed(ev, success));
        k.life.drainDeaths(this);
    }

    /** The event of a task operation with its target CONTAINER_INFO records (success only). */
    private AuditEvent syscallEvent(EventContext ev, boolean success, long exit) {
        AuditEvent e = AuditEvent.syscall(snapshot(ev.subject), ev.syscall, ev.args, success, exit)
                .addGenerated(ev.records);
        if (!ev.names.isEmpty()) {
            e.addNames(ev.names, Filesystems.workingDirectory(ev.subject));
        }
        if (success) {
            for (Task t : ev.targets) {
                String contid = ContidRegistry.valid(t.contid) ? k.registry.format(t.contid) : null;
                for (AuditRecord r : k.records.signalTarget(KernelCore.actor(t), contid)) {
                    e.addTargetInfo(r);
                }
            }
        }
        return e;
    }

    /** The subject's and (on success) the targets' contids, for sink attribution (§4.6). */
    private static List<Long> attributed(EventContext ev, boolean success) {
        List<Long> contids = new ArrayList<>();
        contids.add(ev.subject.contid);
        if (success) {
            for (Task t : ev.targets) {
                contids.add(t.contid);
            }
        }
        return contids;
    }

    /** Queued deaths and user messages: no SYSCALL decision. */
    void finishWithoutSyscall(EventContext ev) {
        emit(() -> AuditEvent.withoutSyscall(snapshot(ev.subject)).addGenerated(ev.records),
                () -> List.of(ev.subject.contid));
        if (ev.tearingDown == null) {
            k.life.drainDeaths(this);
        }
    }

    /**
     * §4.4 steps 1-7. The event is built only when audit is enabled, and the contids it is
     * {@code attributed} to (§4.6) only when some sink may receive its lines: neither can be
     * observed otherwise. Nothing an operation changes is read here, so building late is exact.
     */
    private void emit(Supplier<AuditEvent> event, Supplier<List<Long>> attributed) {
        if (!k.knobs().auditEnabled()) {
            k.current = null;
            return;
        }
        AuditEvent e = event.get();
        k.current = null;
        List<AuditRecord> records = EventAssembler.assemble(e, k.rules, k.records,
                k.knobs().recordNames() == Knobs.RecordNames.UPSTREAM);
        List<AuditSink> to = k.log.sinks.isEmpty() || records.isEmpty() ? List.of() : sinksOf(attributed.get(), records);
        k.log.emit(records, k.knobs(), to);
    }

    /** The container sinks an event attributed to {@code contids} (and its records' contids) goes to (§4.6). */
    private List<AuditSink> sinksOf(List<Long> attributed, List<AuditRecord> records) {
        List<Long> contids = new ArrayList<>(attributed);
        contids.addAll(Attribution.recordContids(records));
        List<AuditSink> to = new ArrayList<>(1);
        for (AuditSink sink : k.log.sinks.values()) {
            for (long v : contids) {
                if (ContidRegistry.valid(v) && k.registry.inChain(v, sink.contid)) {
                    to.add(sink);
                    break;
                }
            }
        }
        return to;
    }

    /** The subject's values now, at the end of its event (§2.5). */
    SubjectSnapshot snapshot(Task t) {
        Creds c = t.cred;
        long contid = t.contid;
        boolean valid = ContidRegistry.valid(contid);
        return new SubjectSnapshot(t.tgid(), t.ppid(), c.uid, c.euid, c.suid, c.fsuid, c.gid, c.egid, c.sgid,
                c.fsgid, t.loginuid, t.sessionid, t.comm, t.exe, contid, valid ? k.registry.format(contid) : null,
                v -> valid && k.registry.inChain(contid, v), k.knobs().containerPolicy() ? PolicyOps.labelOf(t) : null);
    }
}
