package org.cscript.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.kernel.Task;

/**
 * The live fields of a task value (kernel-model.md 1.4): what {@code t.pid} reads in a script and
 * what a debugger shows as the task's members ({@link ValueView}).
 */
public final class TaskFields {
    /** Task fields, in the order the documentation lists them. */
    public static final String[] NAMES = {"pid", "tid", "ppid", "nspid", "contid", "comm", "exe", "uid", "euid",
        "loginuid", "sessionid", "state", "exit_status", "container", "ctr", "caps"};

    private TaskFields() {
    }

    /** The field's value, or null when the task has no field of that name. */
    @TruffleBoundary
    public static Object read(KernelSession session, Task t, String name) {
        return switch (name) {
            case "pid" -> t.tgid();
            case "tid" -> t.tid();
            case "ppid" -> t.ppid();
            case "nspid" -> session.kernel().pidIn(session.actor(), t);
            case "contid" -> Numbers.fromUnsigned(t.contid());
            case "comm" -> t.comm();
            case "exe" -> t.exe();
            case "uid" -> t.uid();
            case "euid" -> t.euid();
            case "loginuid" -> t.loginuid();
            case "sessionid" -> t.sessionid();
            case "state" -> t.state();
            case "exit_status" -> t.exitStatus();
            case "container" -> t.containerName();
            case "ctr" -> t.containerId();
            case "caps" -> capabilityList(t);
            default -> null;
        };
    }

    private static CsList capabilityList(Task t) {
        List<Object> caps = new ArrayList<>();
        for (Capability c : t.caps()) {
            caps.add(CapabilityValue.of(c));
        }
        return CsList.owning(caps);
    }
}
