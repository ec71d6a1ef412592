package org.cscript.kernel;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cscript.abi.NsKind;

/**
 * The invariants of the filesystem state, kernel-model.md §1.7 and §1.12.5, and the container
 * root of §1.6: mount ids and superblock ids are never reused; a mount in a mount namespace's
 * tree is attached to that namespace, and is in no other tree; a mount fd's attached mount is in
 * the tree of the namespace it names, unless that namespace was destroyed, whose mounts are
 * discarded (P3); a started container has a root (OP-19 refuses one without; the path need not
 * resolve: FSCONFIG_SET_NAMESPACE "mnt", OP-30, may replace the mount namespace under it before the
 * start, and the spec asks no more). Mounts and superblocks are found where they
 * are live: the trees of the live mount namespaces and the open mount, fs-context and regular
 * files, so a check is linear in those. Part of {@link InvariantChecker}.
 */
final class MountStateCheck {
    private final KernelCore k;
    private final IdLedger<Mount> mountIds = new IdLedger<>("mount id");
    private final IdLedger<Superblock> sbIds = new IdLedger<>("superblock id");

    MountStateCheck(KernelCore k) {
        this.k = k;
    }

    void check(InvariantChecker.Scan s) {
        mountIds.begin(k.fs.nextMountId, s.out);
        sbIds.begin(k.fs.nextSbId, s.out);
        Set<Mount> inTrees = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Namespace n : k.namespaces.values()) {
            if (n.kind != NsKind.MNT) {
                continue;
            }
            for (Mount m : n.mounts.mounts()) {
                observe(s, m);
                if (m.mntns != n || m.mountpoint == null) {
                    s.fail(Invariant.MOUNTS, "mount " + m.id + " is in the tree of " + n + " but attached to "
                            + (m.mntns == null ? "none" : m.mntns));
                }
                if (!inTrees.add(m)) {
                    s.fail(Invariant.MOUNTS, "mount " + m.id + " is in two trees, or twice in one");
                }
            }
        }
        for (OpenFile f : s.fileOrder) {
            switch (f) {
                case OpenFile.MountFile mf -> checkMountFile(s, mf.mount, inTrees);
                case OpenFile.FsContextFile ff -> {
                    if (ff.context.sb != null) {
                        sbIds.observe(ff.context.sb.id, ff.context.sb, s.out);
                    }
                }
                case OpenFile.RegularFile rf -> sbIds.observe(rf.sb.id, rf.sb, s.out);
                case OpenFile.ContainerFile _, OpenFile.NsFile _, OpenFile.SocketFile _, OpenFile.KeyqFile _ -> { }
            }
        }
        for (Container c : k.containers.values()) {
            List<String> parts = c.root == null ? null : Paths.components(c.root);
            if (c.initStarted && (parts == null || !c.root.startsWith("/"))) {
                s.fail(Invariant.CONTAINER_ROOT, "ctr " + c.id + " has started with root " + c.root);
            }
        }
        mountIds.end();
        sbIds.end();
    }

    private void observe(InvariantChecker.Scan s, Mount m) {
        mountIds.observe(m.id, m, s.out);
        sbIds.observe(m.sb.id, m.sb, s.out);
    }

    /** A detached mount has no mountpoint; an attached one is in its live namespace's tree, or that namespace died. */
    private void checkMountFile(InvariantChecker.Scan s, Mount m, Set<Mount> inTrees) {
        observe(s, m);
        if (m.detached()) {
            if (m.mountpoint != null) {
                s.fail(Invariant.MOUNTS, "detached mount " + m.id + " has a mountpoint");
            }
            return;
        }
        boolean live = k.namespaces.get(m.mntns.inum) == m.mntns;
        if (live && !inTrees.contains(m)) {
            s.fail(Invariant.MOUNTS, "mount " + m.id + " is attached to " + m.mntns + " but not in its tree");
        }
        if (!live && !(m.mntns.destroyed && m.mntns.mounts.mounts().isEmpty())) {
            s.fail(Invariant.MOUNTS, "mount " + m.id + " is attached to " + m.mntns + ", which is not live but still"
                    + " has mounts or was never destroyed");
        }
    }
}
