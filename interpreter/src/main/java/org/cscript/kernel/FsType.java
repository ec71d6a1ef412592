package org.cscript.kernel;

import java.util.Locale;

/** The filesystem types the model knows (kernel-model.md §1.7); ext4 and xfs need a source. */
enum FsType {
    EXT4(true), XFS(true), TMPFS(false), PROC(false), SYSFS(false), CGROUP2(false);

    private final boolean needsSource;

    FsType(boolean needsSource) {
        this.needsSource = needsSource;
    }

    /** A block-device filesystem: creating one without a {@code source} is EINVAL. */
    boolean needsSource() {
        return needsSource;
    }

    /** The name fsopen() and container_mount() take. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type called {@code name}, or null (ENODEV). */
    static FsType ofName(String name) {
        for (FsType t : values()) {
            if (t.label().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
