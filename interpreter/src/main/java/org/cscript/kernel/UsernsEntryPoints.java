package org.cscript.kernel;

import org.cscript.abi.Syscall;

/**
 * User-namespace uid/gid maps of a seed proposal (Q23, docs/proposals/userns-maps.md), reached
 * as {@link Kernel#userns()}; every call needs userns.maps = on (a {@link ConfigException} else).
 */
public final class UsernsEntryPoints {
    private final Events events;
    private final UsernsMapOps maps;

    UsernsEntryPoints(Events events, UsernsMapOps maps) {
        this.events = events;
        this.maps = maps;
    }

    /** write /proc/T/uid_map (syscall write; a2 = the length). Returns the bytes written. */
    public long writeUidMap(Task s, Task t, String text) {
        return events.run(s, Syscall.WRITE, new long[] {0, 0, KernelCore.byteLength(text)},
                () -> maps.write(s, t, text, true), r -> r);
    }

    /** write /proc/T/gid_map, as {@link #writeUidMap}. */
    public long writeGidMap(Task s, Task t, String text) {
        return events.run(s, Syscall.WRITE, new long[] {0, 0, KernelCore.byteLength(text)},
                () -> maps.write(s, t, text, false), r -> r);
    }

    /** T's uid as S's user namespace sees it (getuid from there): 65534 where S's map does not hold it; not audited. */
    public long uidSeenBy(Task s, Task t) {
        maps.requireMaps();
        return maps.seenFrom(s, t, true);
    }

    /** T's gid as S's user namespace sees it, as {@link #uidSeenBy}. */
    public long gidSeenBy(Task s, Task t) {
        maps.requireMaps();
        return maps.seenFrom(s, t, false);
    }
}
