package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;

/**
 * A namespace (kernel-model.md §1.2) plus the per-namespace indexes that keep operations from
 * scanning all tasks: live tasks of a PID namespace, contid counts of a net namespace, and the
 * registry entries whose definition names this namespace.
 */
final class Namespace {
    final NsKind kind;
    final long inum;
    final Namespace owner;
    final Namespace parent;
    final int level;
    final long ownerUid;
    final long ownerGid;
    int refs;
    boolean destroyed;

    // pid namespaces
    long nextNr = 1;
    /** Unreaped tasks (live and zombie, threads too) by their number in this namespace ({@link Pids}). */
    final TreeMap<Long, Task> holders = new TreeMap<>();
    /** pid.reuse = lowest_free: numbers below nextNr that reaped tasks gave back. */
    final TreeSet<Long> freeNrs = new TreeSet<>();
    Task reaper;
    boolean dying;
    final List<Namespace> childPidns = new ArrayList<>();
    /** Live tasks whose active PID namespace is this one, by tid (P7). */
    final TreeMap<Long, Task> activeTasks = new TreeMap<>();

    // net namespaces
    long creatorContid = Unset.U64;
    /** Valid contid -> number of live tasks using this net namespace with that contid (assoc, §1.9). */
    final TreeMap<Long, Integer> contidCounts = new TreeMap<>(Long::compareUnsigned);

    /** Live registry entries whose definition contains this namespace, by registration seq (OP-16 lookup). */
    final TreeMap<Long, ContidEntry> definedBy = new TreeMap<>();

    /** user namespaces under userns.maps = on: uid_map and gid_map, null until written (the initial one's are the identity). */
    IdMap uidMap;
    IdMap gidMap;

    /** mnt namespaces: the mounts (§1.7), possibly none (CONTAINER_NEW_EMPTY_FS_NS); null for other kinds. */
    final MountTree mounts;

    Namespace(NsKind kind, long inum, Namespace owner, Namespace parent, long ownerUid, long ownerGid) {
        this.kind = kind;
        this.inum = inum;
        this.owner = owner;
        this.parent = parent;
        this.level = parent == null ? 0 : parent.level + 1;
        this.ownerUid = ownerUid;
        this.ownerGid = ownerGid;
        this.mounts = kind == NsKind.MNT ? new MountTree() : null;
        if (kind == NsKind.USER && parent == null) {
            this.uidMap = IdMap.IDENTITY;
            this.gidMap = IdMap.IDENTITY;
        }
    }

    /** Is this namespace {@code ancestor} or one of its descendants (user and pid kinds)? */
    boolean isSameOrDescendantOf(Namespace ancestor) {
        Namespace n = this;
        while (n != null && n.level > ancestor.level) {
            n = n.parent;
        }
        return n == ancestor;
    }

    @Override
    public String toString() {
        return kind.label() + ":[" + inum + "]";
    }
}
