package org.cscript.audit;

import java.util.List;
import org.cscript.abi.Syscall;

/** A FilterSubject with settable values for rule tests; defaults are the boot orchestrator's. */
final class TestSubject implements FilterSubject {
    boolean hasSubject = true;
    long pid = 100;
    long ppid = 1;
    long uid;
    long euid;
    long gid;
    long auid = 4294967295L;
    long ses = 4294967295L;
    /** The subject's contid followed by its ancestors, e.g. [4, 2, 1]; empty = unset. */
    List<Long> contidChain = List.of();
    Syscall syscall = Syscall.EXECVE;
    boolean success = true;
    long exit;
    long[] args = new long[4];
    List<PathName> names = List.of();

    static TestSubject subjectless() {
        TestSubject s = new TestSubject();
        s.hasSubject = false;
        s.syscall = null;
        return s;
    }

    TestSubject contid(Long... chain) {
        contidChain = List.of(chain);
        return this;
    }

    TestSubject syscall(Syscall value, boolean ok, long result) {
        syscall = value;
        success = ok;
        exit = result;
        return this;
    }

    @Override public boolean hasSubject() { return hasSubject; }
    @Override public long pid() { return pid; }
    @Override public long ppid() { return ppid; }
    @Override public long uid() { return uid; }
    @Override public long euid() { return euid; }
    @Override public long gid() { return gid; }
    @Override public long auid() { return auid; }
    @Override public long ses() { return ses; }
    @Override public long contid() { return contidChain.isEmpty() ? -1L : contidChain.getFirst(); }
    @Override public boolean contidInTree(long v) { return contidChain.contains(v); }
    @Override public Syscall syscall() { return syscall; }
    @Override public boolean success() { return success; }
    @Override public long exit() { return exit; }
    @Override public long arg(int i) { return args[i]; }
    @Override public List<PathName> names() { return names; }
}
