package org.cscript.kernel;

import org.cscript.abi.FileType;

/** One entry of a superblock's tree (kernel-model.md §1.7); major and minor matter for chr and blk. */
record FsEntry(FileType type, long mode, long major, long minor) {
    /** What a mount's root resolves to when its superblock has no entry for it (the "" key). */
    static final FsEntry ROOT_DIR = new FsEntry(FileType.DIR, 0755, 0, 0);

    static FsEntry directory(long mode) {
        return new FsEntry(FileType.DIR, mode, 0, 0);
    }

    boolean isDirectory() {
        return type == FileType.DIR;
    }
}
