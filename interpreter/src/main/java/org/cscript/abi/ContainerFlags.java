package org.cscript.abi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** A CONTAINER_NEW_*_NS flag and the kind of namespace it creates. */
    public record NamespaceFlag(long flag, NsKind kind) {
    }

    /**
     * The namespace-creating flags in header order: the one table {@link #namespaceKinds} and
     * {@link #NEEDS_ADMIN} are derived from. Both fs flags create a mount namespace.
     */
    public static final List<NamespaceFlag> NAMESPACE_FLAGS = List.of(new NamespaceFlag(NEW_FS_NS, NsKind.MNT),
            new NamespaceFlag(NEW_EMPTY_FS_NS, NsKind.MNT), new NamespaceFlag(NEW_CGROUP_NS, NsKind.CGROUP),
            new NamespaceFlag(NEW_UTS_NS, NsKind.UTS), new NamespaceFlag(NEW_IPC_NS, NsKind.IPC),
            new NamespaceFlag(NEW_USER_NS, NsKind.USER), new NamespaceFlag(NEW_PID_NS, NsKind.PID),
            new NamespaceFlag(NEW_NET_NS, NsKind.NET));

    /** Flags that create a namespace other than the user namespace (OP-18 check 6). */
    public static final long NEEDS_ADMIN = flagsCreatingOtherThan(NsKind.USER);

    private static final Map<String, Long> SCRIPT_NAMES = scriptNames();

    private ContainerFlags() {
    }

    /** The kinds of namespace container_create {@code flags} create. */
    public static Set<NsKind> namespaceKinds(long flags) {
        Set<NsKind> kinds = EnumSet.noneOf(NsKind.class);
        for (NamespaceFlag f : NAMESPACE_FLAGS) {
            if ((flags & f.flag()) != 0) {
                kinds.add(f.kind());
            }
        }
        return kinds;
    }

    private static long flagsCreatingOtherThan(NsKind excluded) {
        long flags = 0;
        for (NamespaceFlag f : NAMESPACE_FLAGS) {
            if (f.kind() != excluded) {
                flags |= f.flag();
            }
        }
        return flags;
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
