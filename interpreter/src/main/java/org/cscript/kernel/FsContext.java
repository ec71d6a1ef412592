package org.cscript.kernel;

import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An fs context from fsopen (kernel-model.md §1.7): the type, the container it is bound to
 * (which it holds a usage reference on, §1.6), the parameters and options fsconfig gave it, and
 * once FSCONFIG_CMD_CREATE ran, its superblock.
 */
final class FsContext {
    /** Never reused ({@link Filesystems#nextContextId}): names the context in {@link StateLines}, nothing else. */
    final long id;
    final FsType type;
    /** The container bound by fsopen's cfd or FSCONFIG_SET_CONTAINER, or null. */
    Container container;
    final TreeMap<String, String> params = new TreeMap<>();
    final TreeSet<String> options = new TreeSet<>();
    /** Set by FSCONFIG_CMD_CREATE (state {@code created}); null while {@code open}. */
    Superblock sb;

    FsContext(long id, FsType type) {
        this.id = id;
        this.type = type;
    }

    boolean created() {
        return sb != null;
    }
}
