package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Errno;
import org.cscript.abi.NsKind;
import org.cscript.audit.AuditRuleException;
import org.cscript.audit.PathName;
import org.cscript.audit.WatchResolver;
import org.cscript.audit.WatchTarget;

/**
 * The paths of watch rules (auditctl {@code -w}, {@code -F path=}, {@code -F dir=}) as the
 * administrator sees them: in the initial mount namespace (the init container's), from its root,
 * when the rule is added. As in Linux, a path watch is kept on its directory and its last name,
 * so it follows whatever entry that name has later (a file created after the rule is watched); a
 * directory watch covers the directory's subtree on its superblock and the mounts below it at
 * that time. Both compare the device and inode numbers of the names an operation resolved.
 */
final class AuditWatches implements WatchResolver {
    private final KernelCore k;

    AuditWatches(KernelCore k) {
        this.k = k;
    }

    private Namespace view() {
        return k.initContainer.ns.get(NsKind.MNT);
    }

    @Override
    public boolean isDirectory(String path) {
        FsEntry e = Filesystems.entry(view(), path);
        return e != null && e.isDirectory();
    }

    @Override
    public WatchTarget watch(String path) throws AuditRuleException {
        List<String> parts = components(path);
        String parent = Paths.absolute(parts.subList(0, parts.size() - 1));
        MountTree.Resolved r = view().mounts.resolve(parent);
        FsEntry dir = r == null ? null : r.entry();
        if (dir == null) {
            throw AuditRuleException.refused(Errno.ENOENT, "cannot watch " + path + ": its directory " + parent
                    + " does not exist (the kernel keeps a watch on the directory)");
        }
        if (!dir.isDirectory()) {
            throw AuditRuleException.refused(Errno.ENOTDIR, "cannot watch " + path + ": " + parent
                    + " is not a directory");
        }
        Superblock sb = r.mount().sb;
        String key = Paths.joinKey(r.key(), parts.getLast());
        return name -> {
            Superblock.Inode inode = sb.inode(key);
            return inode != null && on(sb, name) && name.inode() == inode.number();
        };
    }

    @Override
    public WatchTarget tree(String path) throws AuditRuleException {
        List<String> parts = components(path);
        MountTree.Resolved r = view().mounts.resolve(path);
        if (r == null || r.entry() == null) {
            throw AuditRuleException.refused(Errno.ENOENT, "cannot watch the tree " + path + ": it does not exist");
        }
        List<Superblock> sbs = new ArrayList<>(List.of(r.mount().sb));
        List<String> keys = new ArrayList<>(List.of(r.key()));
        for (Mount m : view().mounts.mounts()) {
            if (m.mountpoint.size() > parts.size() && m.mountpoint.subList(0, parts.size()).equals(parts)) {
                sbs.add(m.sb);
                keys.add(m.subpath);
            }
        }
        return name -> {
            for (int i = 0; i < sbs.size(); i++) {
                String key = on(sbs.get(i), name) ? sbs.get(i).keyOf(name.inode()) : null;
                if (key != null && under(key, keys.get(i))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static List<String> components(String path) throws AuditRuleException {
        List<String> parts = Paths.components(path);
        if (parts == null) {
            throw AuditRuleException.refused(Errno.ENOENT, "cannot watch " + path + ": '.' and '..' are not supported");
        }
        return parts;
    }

    /** Whether the name lies on the superblock (its device number). */
    private static boolean on(Superblock sb, PathName name) {
        return name.devMajor() == 0 && name.devMinor() == sb.devMinor();
    }

    private static boolean under(String key, String top) {
        return top.isEmpty() || key.equals(top) || key.startsWith(top + "/");
    }
}
