package org.cscript.abi;

/** The "unset" values of kernel-model.md 0.3: all bits set in a u32 or a u64. */
public final class Unset {
    /** (u32)-1: an unset loginuid or sessionid, 4294967295. */
    public static final long U32 = 4294967295L;
    /** (u64)-1 held in a long: no audit container ID, printed 18446744073709551615. */
    public static final long U64 = -1L;

    private Unset() {
    }
}
