package org.cscript.abi;

import java.util.Locale;

/**
 * The types of a filesystem entry (kernel-model.md §1.7: dir, file, chr, blk, fifo) with their
 * Linux {@code S_IF*} mode bits, which mknodat() passes in its mode argument.
 */
public enum FileType {
    DIR(0040000), FILE(0100000), CHR(0020000), BLK(0060000), FIFO(0010000);

    private final long modeBits;

    FileType(long modeBits) {
        this.modeBits = modeBits;
    }

    /** The {@code S_IF*} bits. */
    public long modeBits() {
        return modeBits;
    }

    /** The name scripts and the model use: "dir", "file", "chr", "blk", "fifo". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** chr and blk: device nodes. */
    public boolean isDevice() {
        return this == CHR || this == BLK;
    }

    /** The type named {@code label}, or null. */
    public static FileType ofLabel(String label) {
        for (FileType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return null;
    }

    /** The {@code S_IF*} bits of the device type named {@code label} ("chr", "blk"); 0 for any other name. */
    public static long deviceModeBits(String label) {
        FileType t = ofLabel(label);
        return t != null && t.isDevice() ? t.modeBits() : 0;
    }

    /** A userspace dev_t as glibc's makedev() builds it (mknodat's dev argument). */
    public static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12)
                | (minor & 0xffL);
    }
}
