package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/** Event assembly, kernel-model.md §4.4 steps 1-4 (stamping and sinks are the caller's). */
public final class EventAssembler {
    private EventAssembler() {
    }

    /**
     * The surviving records of one event in print order; empty means "emit nothing". The SYSCALL
     * and subject CONTAINER_INFO records come from {@code records}, the boot's layouts. A USER
     * record (a message from user space) passes the user list before the exclude list.
     *
     * @param upstreamNames audit.record_names = upstream: the numbering msgtype numbers compare with
     */
    public static List<AuditRecord> assemble(AuditEvent e, AuditRules rules, RecordCatalogue records,
            boolean upstreamNames) {
        List<AuditRecord> out = new ArrayList<>();
        for (AuditRecord r : e.generated()) {
            if (r.type() == RecordType.USER && !rules.keepUserMessage(e, r.type(), upstreamNames)) {
                continue;
            }
            if (rules.keepRecord(e, r.type(), upstreamNames)) {
                out.add(r);
            }
        }
        List<AuditRecord> tail = new ArrayList<>();
        if (e.syscall() != null) {
            AuditRule rule = rules.firstExitMatch(e);
            boolean wantSyscall = rule == null ? !out.isEmpty() : rule.action() == AuditRule.Action.ALWAYS;
            if (!wantSyscall) {
                return out;
            }
            // A watch's event carries the names, as Linux writes them: SYSCALL items=N, CWD, PATH x N.
            List<PathName> names = rule != null && rule.watchesPaths() ? e.names() : List.of();
            tail.add(records.syscall(e.subject(), e.syscall(), e.success(), e.exit(), e.args(),
                    rule == null ? null : rule.key(), names.size()));
            if (!names.isEmpty()) {
                tail.add(records.cwd(e.cwd()));
                for (int i = 0; i < names.size(); i++) {
                    tail.add(records.path(i, names.get(i)));
                }
            }
            addSubjectInfo(e, tail, records);
            tail.addAll(e.targetInfos());
        } else {
            if (out.isEmpty()) {
                return out;
            }
            if (e.networkInfo() != null) {
                tail.add(e.networkInfo());
            } else {
                addSubjectInfo(e, tail, records);
            }
        }
        boolean onlyInfo = out.isEmpty();
        for (AuditRecord r : tail) {
            if (rules.keepRecord(e, r.type(), upstreamNames)) {
                out.add(r);
                onlyInfo &= r.type() == RecordType.CONTAINER_INFO;
            }
        }
        return onlyInfo ? List.of() : records.link(out);
    }

    private static void addSubjectInfo(AuditEvent e, List<AuditRecord> tail, RecordCatalogue records) {
        if (e.hasSubject() && e.subject().contidText() != null) {
            tail.add(records.subjectContainerInfo(e.subject().contidText()));
        }
    }
}
