package org.cscript.kernel;

import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;

/**
 * User-namespace uid/gid maps (Q23, docs/proposals/userns-maps.md), behind userns.maps = on.
 * With maps, credentials are kernel ids (the initial user namespace's), as in Linux: records print
 * them as they are, and what a task asks for by an inside id is taken down through its
 * namespace's map first.
 */
final class UsernsMapOps {
    private final KernelCore k;

    UsernsMapOps(KernelCore k) {
        this.k = k;
    }

    /** The scenario error of a map builtin with the knob off: the seeds define no such kernel answer. */
    void requireMaps() {
        if (!k.knobs().usernsMaps()) {
            throw new ConfigException("uid/gid maps need config userns.maps = on");
        }
    }

    /**
     * Write /proc/T/uid_map ({@code uid}) or gid_map: the map of T's user namespace, Linux's
     * proc_id_map_open, map_write and new_idmap_permitted checks in their order. Returns the bytes.
     */
    long write(Task s, Task t, String text, boolean uid) {
        String op = uid ? "write_uid_map" : "write_gid_map";
        requireMaps();
        Namespace ns = t.cred.userns;
        Namespace mine = s.cred.userns;
        if (mine != ns && mine != ns.parent) {
            throw KernelCore.fail(Errno.EPERM, op, "the writer is in neither the map's user namespace nor its parent");
        }
        if ((uid ? ns.uidMap : ns.gidMap) != null) {
            throw KernelCore.fail(Errno.EPERM, op, "the map is already written");
        }
        if (!k.nsCapable(s, ns, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN over the map's user namespace needed");
        }
        List<IdMap.Extent> parsed = IdMap.parse(text, op);
        if (!permitted(s, ns, parsed, uid)) {
            throw KernelCore.fail(Errno.EPERM, op, "mapping other ids than the owner's own needs CAP_SETUID"
                    + " in the parent user namespace");
        }
        IdMap parent = uid ? ns.parent.uidMap : ns.parent.gidMap;
        IdMap map = IdMap.lowered(parsed, parent, text);
        if (map == null) {
            throw KernelCore.fail(Errno.EPERM, op, "an outside range has no mapping in the parent user namespace");
        }
        if (uid) {
            ns.uidMap = map;
        } else {
            ns.gidMap = map;
        }
        return KernelCore.byteLength(text);
    }

    /**
     * Linux's new_idmap_permitted: one line of one id, by the namespace's owner, mapping its own
     * euid (egid) as the parent sees it; or CAP_SETUID in the parent namespace (Linux asks
     * CAP_SETGID of a gid_map writer, which the model's capability universe, §1.3, does not have;
     * it also asks an unprivileged gid_map writer to have denied setgroups, not modelled).
     */
    private boolean permitted(Task s, Namespace ns, List<IdMap.Extent> parsed, boolean uid) {
        Creds c = s.cred;
        if (parsed.size() == 1 && parsed.getFirst().count() == 1 && ns.ownerUid == c.euid) {
            IdMap parent = uid ? ns.parent.uidMap : ns.parent.gidMap;
            long own = uid ? c.euid : c.egid;
            if (parent != null && parent.down(parsed.getFirst().kernel()) == own) {
                return true;
            }
        }
        return k.nsCapable(s, ns.parent, Capability.CAP_SETUID);
    }

    /**
     * The kernel uid of {@code id} of S's user namespace (Linux's make_kuid), for setuid (OP-09)
     * and the loginuid write (OP-45), {@code what} naming it in the detail: EINVAL if S's uid map
     * does not hold it. With the knob off the id is kept as given.
     */
    long kernelId(Task s, long id, String op, String what) {
        if (!k.knobs().usernsMaps()) {
            return id;
        }
        IdMap map = s.cred.userns.uidMap;
        long kid = map == null ? IdMap.INVALID : map.down(id);
        if (kid == IdMap.INVALID) {
            throw KernelCore.fail(Errno.EINVAL, op, what + " " + id + " has no mapping in the caller's user namespace");
        }
        return kid;
    }

    /**
     * The kernel uid of S's namespace's root (uid 0 inside); 0 with the knob off; INVALID, which no
     * credential holds, where 0 has no mapping (Linux's invalid make_kuid(ns, 0)).
     */
    long rootUid(Task s) {
        if (!k.knobs().usernsMaps()) {
            return 0;
        }
        IdMap map = s.cred.userns.uidMap;
        return map == null ? IdMap.INVALID : map.down(0);
    }

    /**
     * T's uid (or gid) as a task of {@code viewer}'s user namespace sees it (getuid, /proc/PID/status):
     * overflowuid 65534 where that namespace's map does not hold it (or is not written).
     */
    long seenFrom(Task viewer, Task t, boolean uid) {
        long kid = uid ? t.cred.uid : t.cred.gid;
        Namespace ns = viewer.cred.userns;
        IdMap map = uid ? ns.uidMap : ns.gidMap;
        return map == null ? IdMap.OVERFLOW_ID : map.up(kid);
    }
}
