package org.cscript.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cscript.kernel.Capability;
import org.cscript.kernel.Errno;
import org.cscript.runtime.CapabilityValue;
import org.cscript.runtime.ErrnoValue;
import org.cscript.runtime.Numbers;

/** Named constants scripts can use (kernel-model.md Appendix A and B; Linux signal numbers). */
public final class Constants {
    private static final Map<String, Object> VALUES = build();

    private Constants() {
    }

    private static Map<String, Object> build() {
        Map<String, Object> c = new LinkedHashMap<>();
        // Container flags [Appendix A, seed 001 include/uapi/linux/container.h].
        c.put("CONTAINER_NEW_FS_NS", 0x001L);
        c.put("CONTAINER_NEW_EMPTY_FS_NS", 0x002L);
        c.put("CONTAINER_NEW_CGROUP_NS", 0x004L);
        c.put("CONTAINER_NEW_UTS_NS", 0x008L);
        c.put("CONTAINER_NEW_IPC_NS", 0x010L);
        c.put("CONTAINER_NEW_USER_NS", 0x020L);
        c.put("CONTAINER_NEW_PID_NS", 0x040L);
        c.put("CONTAINER_NEW_NET_NS", 0x080L);
        c.put("CONTAINER_KILL_ON_CLOSE", 0x100L);
        c.put("CONTAINER_FD_CLOEXEC", 0x200L);
        c.put("CONTAINER_CLOSE_ON_EXEC", 0x200L);   // the cover text's name for the same bit
        c.put("CONTAINER__FLAG_MASK", 0x3ffL);
        // Clone / setns namespace flags (Linux).
        c.put("CLONE_NEWNS", 0x00020000L);
        c.put("CLONE_NEWCGROUP", 0x02000000L);
        c.put("CLONE_NEWUTS", 0x04000000L);
        c.put("CLONE_NEWIPC", 0x08000000L);
        c.put("CLONE_NEWUSER", 0x10000000L);
        c.put("CLONE_NEWPID", 0x20000000L);
        c.put("CLONE_NEWNET", 0x40000000L);
        // Signals 1-31 (x86_64 Linux numbering).
        String[] signals = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
            "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
            "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        for (int i = 0; i < signals.length; i++) {
            c.put(signals[i], (long) (i + 1));
        }
        // Open flags, address families, AT_FDCWD (Appendix A).
        c.put("O_CREAT", 0x40L);
        c.put("O_EXCL", 0x80L);
        c.put("O_CLOEXEC", 0x80000L);
        c.put("AT_FDCWD", -100L);
        c.put("AF_UNIX", 1L);
        c.put("AF_INET", 2L);
        c.put("AF_INET6", 10L);
        c.put("AF_NETLINK", 16L);
        // Special values.
        c.put("UNSET", Numbers.U64_MAX);
        c.put("UNSET64", Numbers.U64_MAX);
        c.put("UNSET32", 4294967295L);
        for (Capability cap : Capability.values()) {
            c.put(cap.name(), CapabilityValue.of(cap));
        }
        for (Errno errno : Errno.values()) {
            c.put(errno.name(), ErrnoValue.of(errno));
        }
        return Collections.unmodifiableMap(c);
    }

    /** The constant's value (Long, BigInteger, ErrnoValue or CapabilityValue), or null. */
    public static Object lookup(String name) {
        return VALUES.get(name);
    }

    public static Map<String, Object> all() {
        return VALUES;
    }
}
