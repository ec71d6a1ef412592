package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/** Event assembly, kernel-model.md §4.4 steps 1-4 (stamping and sinks are the caller's). */
public final class EventAssembler {
    private EventAssembler() {
    }

    /** The surviving records of one event in print order; empty means "emit nothing". */
    public static List<AuditRecord> assemble(AuditEvent e, AuditRules rules) {
        List<AuditRecord> out = new ArrayList<>();
        for (AuditRecord r : e.generated()) {
            if (rules.keepRecord(e, r.type())) {
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
            tail.add(syscallRecord(e, rule == null ? null : rule.key()));
            addSubjectInfo(e, tail);
            tail.addAll(e.targetInfos());
        } else {
            if (out.isEmpty()) {
                return out;
            }
            if (e.networkInfo() != null) {
                tail.add(e.networkInfo());
            } else {
                addSubjectInfo(e, tail);
            }
        }
        boolean onlyInfo = out.isEmpty();
        for (AuditRecord r : tail) {
            if (rules.keepRecord(e, r.type())) {
                out.add(r);
                onlyInfo &= r.type() == RecordType.CONTAINER_INFO;
            }
        }
        return onlyInfo ? List.of() : out;
    }

    private static void addSubjectInfo(AuditEvent e, List<AuditRecord> tail) {
        if (e.hasSubject() && e.subject().contidText() != null) {
            tail.add(AuditRecord.of(RecordType.CONTAINER_INFO).raw("contid", e.subject().contidText()).build());
        }
    }

    /** §4.3 SYSCALL field order; exit and exit_group omit success= and exit=. */
    private static AuditRecord syscallRecord(AuditEvent e, String key) {
        SubjectSnapshot s = e.subject();
        AuditRecord.Builder b = AuditRecord.of(RecordType.SYSCALL).raw("arch", "c000003e")
                .num("syscall", e.syscall().number());
        if (e.syscall().returns()) {
            b.raw("success", e.success() ? "yes" : "no").num("exit", e.exit());
        }
        long[] a = e.args();
        b.hex("a0", a[0]).hex("a1", a[1]).hex("a2", a[2]).hex("a3", a[3]).num("items", 0)
                .num("ppid", s.ppid()).num("pid", s.pid()).num("auid", s.auid()).num("uid", s.uid())
                .num("gid", s.gid()).num("euid", s.euid()).num("suid", s.suid()).num("fsuid", s.fsuid())
                .num("egid", s.egid()).num("sgid", s.sgid()).num("fsgid", s.fsgid()).raw("tty", "(none)")
                .num("ses", s.ses()).str("comm", s.comm()).str("exe", s.exe());
        if (key == null) {
            b.raw("key", "(null)");
        } else {
            b.str("key", key);
        }
        return b.build();
    }
}
