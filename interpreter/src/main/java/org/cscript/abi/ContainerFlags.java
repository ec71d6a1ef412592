package org.cscript.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** container_create flags, kernel-model.md Appendix A. */
public final class ContainerFlags {
    public static final long NEW_FS_NS = 0x001;
    public static final long NEW_EMPTY_FS_NS = 0x002;
    public static final long NEW_CGROUP_NS = 0x004;
    public static final long NEW_UTS_NS = 0x008;
    public static final long NEW_IPC_NS = 0x010;
    public static final long NEW_USER_NS = 0x020;
    public static final long NEW_PID_NS = 0x040;
    public static final long NEW_NET_NS = 0x080;
    public static final long KILL_ON_CLOSE = 0x100;
    /** Alias CONTAINER_CLOSE_ON_EXEC (§6 Q15). */
    public static final long FD_CLOEXEC = 0x200;
    public static final long FLAG_MASK = 0x3ff;
    /** Flags that create a namespace other than the user namespace (OP-18 check 6). */
    public static final long NEEDS_ADMIN = NEW_FS_NS | NEW_EMPTY_FS_NS | NEW_UTS_NS | NEW_IPC_NS | NEW_PID_NS | NEW_NET_NS
            | NEW_CGROUP_NS;

    private static final Map<String, Long> SCRIPT_NAMES = scriptNames();

    private ContainerFlags() {
    }

    private static Map<String, Long> scriptNames() {
        Map<String, Long> names = new LinkedHashMap<>();
        names.put("CONTAINER_NEW_FS_NS", NEW_FS_NS);
        names.put("CONTAINER_NEW_EMPTY_FS_NS", NEW_EMPTY_FS_NS);
        names.put("CONTAINER_NEW_CGROUP_NS", NEW_CGROUP_NS);
        names.put("CONTAINER_NEW_UTS_NS", NEW_UTS_NS);
        names.put("CONTAINER_NEW_IPC_NS", NEW_IPC_NS);
        names.put("CONTAINER_NEW_USER_NS", NEW_USER_NS);
        names.put("CONTAINER_NEW_PID_NS", NEW_PID_NS);
        names.put("CONTAINER_NEW_NET_NS", NEW_NET_NS);
        names.put("CONTAINER_KILL_ON_CLOSE", KILL_ON_CLOSE);
        names.put("CONTAINER_FD_CLOEXEC", FD_CLOEXEC);
        names.put("CONTAINER_CLOSE_ON_EXEC", FD_CLOEXEC);   // the cover text's name for the same bit
        names.put("CONTAINER__FLAG_MASK", FLAG_MASK);
        return Collections.unmodifiableMap(names);
    }

    /** The flags by the names scripts use (seed 001's include/uapi/linux/container.h), in header order. */
    public static Map<String, Long> byScriptName() {
        return SCRIPT_NAMES;
    }
}
