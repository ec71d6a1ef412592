package org.cscript.abi;

import java.util.Locale;

/** Namespace kinds in canonical order (kernel-model.md §0.3) with their CLONE_NEW* flag (Appendix A). */
public enum NsKind {
    MNT(0x00020000L, "CLONE_NEWNS"), UTS(0x04000000L, "CLONE_NEWUTS"), IPC(0x08000000L, "CLONE_NEWIPC"),
    USER(0x10000000L, "CLONE_NEWUSER"), PID(0x20000000L, "CLONE_NEWPID"), NET(0x40000000L, "CLONE_NEWNET"),
    CGROUP(0x02000000L, "CLONE_NEWCGROUP");

    private final long cloneFlag;
    private final String cloneFlagName;
    private final String label = name().toLowerCase(Locale.ROOT);

    NsKind(long cloneFlag, String cloneFlagName) {
        this.cloneFlag = cloneFlag;
        this.cloneFlagName = cloneFlagName;
    }

    /** The flag's Linux name ({@code CLONE_NEWNS} for the mount namespace). */
    public String cloneFlagName() {
        return cloneFlagName;
    }

    public long cloneFlag() {
        return cloneFlag;
    }

    /** The name printed in {@code nstype=} and used by /proc/T/ns. */
    public String label() {
        return label;
    }

    /** All CLONE_NEW* bits. */
    public static long allCloneFlags() {
        long all = 0;
        for (NsKind k : values()) {
            all |= k.cloneFlag;
        }
        return all;
    }

    /** The kind whose CLONE_NEW* flag is exactly {@code flag}, or null. */
    public static NsKind ofCloneFlag(long flag) {
        for (NsKind k : values()) {
            if (k.cloneFlag == flag) {
                return k;
            }
        }
        return null;
    }
}
