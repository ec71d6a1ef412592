package org.cscript.abi;

/**
 * clone(2) flags other than the CLONE_NEW* namespace bits (those are {@link NsKind#cloneFlag()}).
 */
public final class CloneFlags {
    public static final long CLONE_VM = 0x100;
    public static final long CLONE_FS = 0x200;
    public static final long CLONE_FILES = 0x400;
    public static final long CLONE_THREAD = 0x10000;
    /** What clone_thread passes (OP-02's list): CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_THREAD. */
    public static final long THREAD_FLAGS = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_THREAD;

    private CloneFlags() {
    }
}
