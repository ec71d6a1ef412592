package org.cscript.kernel;

import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;

/** The §2.2 and argument checks of operations that need no kernel state beyond the acting task. */
final class ArgumentChecks {
    private ArgumentChecks() {
    }

    /** §2.2: the acting task must be running (ESRCH). */
    static void requireRunning(Task s, String op) {
        if (!s.running()) {
            throw KernelCore.fail(Errno.ESRCH, op, "the acting task is " + s.state());
        }
    }

    /** OP-01 / OP-14: only CLONE_NEW* bits are accepted (EINVAL). */
    static void requireOnlyCloneFlags(long flags, String op) {
        if ((flags & ~NsKind.allCloneFlags()) != 0) {
            throw KernelCore.fail(Errno.EINVAL, op, "unknown flag bits");
        }
    }

    /** OP-01 / OP-14 / OP-18: a new PID namespace needs pid_for_children = the active one (EINVAL). */
    static void requirePidForChildrenIsActive(Task s, String op) {
        if (s.nsproxy.get(NsKind.PID) != s.activePidns) {
            throw KernelCore.fail(Errno.EINVAL, op, "pid_for_children differs from the active PID namespace");
        }
    }

    /** OP-06 / OP-24: signal numbers 0..64 (EINVAL). */
    static void requireSignal(long sig, String op) {
        if (sig < 0 || sig > 64) {
            throw KernelCore.fail(Errno.EINVAL, op, "signal out of range 0..64");
        }
    }
}
