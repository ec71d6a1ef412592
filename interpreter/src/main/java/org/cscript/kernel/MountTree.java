package org.cscript.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The mounts of one mount namespace in attach order (kernel-model.md §1.2 {@code mounts},
 * §1.7), and path resolution in it: the mount whose mountpoint is the longest component-wise
 * prefix of the path wins, the most recent one on a tie.
 */
final class MountTree {
    /** Where a path lands: the mount and the key in its superblock; {@code atRoot} for a mountpoint. */
    record Resolved(Mount mount, String key, boolean atRoot) {
        /** The entry the path names, or null if it does not exist (a mountpoint always exists). */
        FsEntry entry() {
            FsEntry e = mount.sb.entry(key);
            return e == null && atRoot ? FsEntry.ROOT_DIR : e;
        }
    }

    private final List<Mount> mounts = new ArrayList<>();

    List<Mount> mounts() {
        return Collections.unmodifiableList(mounts);
    }

    void add(Mount m) {
        mounts.add(m);
    }

    /** P3 for a mount namespace: its mounts are discarded. */
    void discard() {
        mounts.clear();
    }

    /** Whether a mount sits at "/" (the namespace has a root mount). */
    boolean hasRoot() {
        for (Mount m : mounts) {
            if (m.mountpoint.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Resolves an absolute path; null if it has "." or ".." or no mount covers it (an empty namespace). */
    Resolved resolve(String absolute) {
        List<String> parts = Paths.components(absolute);
        if (parts == null) {
            return null;
        }
        Mount best = null;
        for (Mount m : mounts) {
            if (isPrefix(m.mountpoint, parts) && (best == null || m.mountpoint.size() >= best.mountpoint.size())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> rest = parts.subList(best.mountpoint.size(), parts.size());
        return new Resolved(best, Paths.joinKey(best.subpath, Paths.key(rest)), rest.isEmpty());
    }

    private static boolean isPrefix(List<String> prefix, List<String> parts) {
        return prefix.size() <= parts.size() && parts.subList(0, prefix.size()).equals(prefix);
    }
}
