package org.cscript.audit;

/**
 * One name an operation resolved, as the Linux kernel collects it for the PATH records of its
 * event ({@code struct audit_names}): the name as the caller wrote it (for a parent, its
 * directory part), the object it led to and how. Watches compare {@code devMajor:devMinor} and
 * {@code inode}; the PATH record prints every field (records.md "PATH").
 *
 * @param name  the printed {@code name=}: the path as passed, or for a {@link NameType#PARENT}
 *              its directory part with the trailing '/' (the working directory when it has none)
 * @param mode  the full {@code st_mode}: the {@code S_IF*} type bits and the permission bits
 * @param ouid  the owner as the initial user namespace sees it
 * @param rdevMajor for device nodes the device they stand for, else 0 (with {@code rdevMinor})
 */
public record PathName(String name, NameType type, long inode, long devMajor, long devMinor, long mode, long ouid,
        long ogid, long rdevMajor, long rdevMinor) {

    /** The kernel's {@code nametype=}: how the operation used the name. */
    public enum NameType {
        /** The object the path names (open, exec, an existing file under O_CREAT). */
        NORMAL,
        /** The directory an object is created in. */
        PARENT,
        /** The object the operation created. */
        CREATE
    }
}
