package org.cscript.kernel;

import java.util.List;

/**
 * A mount (kernel-model.md §1.7): a superblock seen from {@code subpath} ("" except for bind
 * mounts), attached at {@code mountpoint} in a mount namespace, or detached (fsmount until
 * move_mount). A mount stays attached when its namespace dies: its fd can never move it again.
 */
final class Mount {
    final long id;
    final Superblock sb;
    final String subpath;
    /** The namespace it is attached to, null while detached. */
    Namespace mntns;
    /** The mountpoint's components ([] = "/"), null while detached. */
    List<String> mountpoint;

    Mount(long id, Superblock sb, String subpath) {
        this.id = id;
        this.sb = sb;
        this.subpath = subpath;
    }

    boolean detached() {
        return mntns == null;
    }

    @Override
    public String toString() {
        return "mount " + id;
    }
}
