package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Syscall;

/**
 * Everything one event context (kernel-model.md §2.5) contributes to event assembly (§4.4):
 * generated records, the subject, the syscall and its result, target CONTAINER_INFO records, the
 * names it resolved.
 */
public final class AuditEvent implements FilterSubject {
    private final SubjectSnapshot subject;
    private final Syscall syscall;
    private final long[] args;
    private final boolean success;
    private final long exit;
    private final AuditRecord networkInfo;
    private final List<AuditRecord> generated = new ArrayList<>();
    private final List<AuditRecord> targetInfos = new ArrayList<>();
    private final List<PathName> names = new ArrayList<>();
    private String cwd;

    private AuditEvent(SubjectSnapshot subject, Syscall syscall, long[] args, boolean success, long exit,
            AuditRecord networkInfo) {
        this.subject = subject;
        this.syscall = syscall;
        this.args = args;
        this.success = success;
        this.exit = exit;
        this.networkInfo = networkInfo;
    }

    /**
     * A task operation with a syscall name: gets a SYSCALL decision. {@code args} (a0-a3) is kept,
     * not copied: the caller hands over an array it no longer changes (the kernel's is fresh per event).
     */
    public static AuditEvent syscall(SubjectSnapshot subject, Syscall syscall, long[] args, boolean success,
            long exit) {
        return new AuditEvent(subject, syscall, args, success, exit, null);
    }

    /** A queued death or a user message: a subject but no SYSCALL record. */
    public static AuditEvent withoutSyscall(SubjectSnapshot subject) {
        return new AuditEvent(subject, null, new long[4], false, 0, null);
    }

    /** A kernel event with no subject (OP-48); {@code networkInfo} is its CONTAINER_INFO or null. */
    public static AuditEvent subjectless(AuditRecord networkInfo) {
        return new AuditEvent(null, null, new long[4], false, 0, networkInfo);
    }

    public AuditEvent addGenerated(List<AuditRecord> records) {
        generated.addAll(records);
        return this;
    }

    /** A target {@code CONTAINER_INFO opid=…} (OP-06, OP-24). */
    public AuditEvent addTargetInfo(AuditRecord record) {
        targetInfos.add(record);
        return this;
    }

    /**
     * The names the operation resolved, in order, and the subject's working directory as its
     * root sees it: what a watch compares and the CWD and PATH records print.
     */
    public AuditEvent addNames(List<PathName> resolved, String workingDirectory) {
        names.addAll(resolved);
        cwd = workingDirectory;
        return this;
    }

    String cwd() {
        return cwd;
    }

    SubjectSnapshot subject() {
        return subject;
    }

    long[] args() {
        return args;
    }

    List<AuditRecord> generated() {
        return generated;
    }

    List<AuditRecord> targetInfos() {
        return targetInfos;
    }

    AuditRecord networkInfo() {
        return networkInfo;
    }

    @Override
    public boolean hasSubject() {
        return subject != null;
    }

    @Override
    public long pid() {
        return subject.pid();
    }

    @Override
    public long ppid() {
        return subject.ppid();
    }

    @Override
    public long uid() {
        return subject.uid();
    }

    @Override
    public long euid() {
        return subject.euid();
    }

    @Override
    public long gid() {
        return subject.gid();
    }

    @Override
    public long auid() {
        return subject.auid();
    }

    @Override
    public long ses() {
        return subject.ses();
    }

    @Override
    public long contid() {
        return subject.contid();
    }

    @Override
    public boolean contidInTree(long v) {
        return subject.contidTree().test(v);
    }

    @Override
    public Syscall syscall() {
        return syscall;
    }

    @Override
    public boolean success() {
        return success;
    }

    @Override
    public long exit() {
        return exit;
    }

    @Override
    public long arg(int i) {
        return args[i];
    }

    @Override
    public List<PathName> names() {
        return names;
    }
}
