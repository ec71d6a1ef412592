package org.cscript.kernel;

import org.cscript.abi.AddressFamily;

/**
 * An open file (kernel-model.md §1.5): one subtype per kind with its own payload, so a check on
 * the kind is a type test the compiler can make exhaustive, never a string or flag comparison.
 * {@code refs} counts the descriptor entries, in all fd tables, that point here; at 0 the file
 * is released (P2, {@link Lifecycle#releaseFile}).
 */
abstract sealed class OpenFile permits OpenFile.ContainerFile, OpenFile.NsFile,
        OpenFile.FsContextFile, OpenFile.MountFile, OpenFile.SocketFile, OpenFile.RegularFile, OpenFile.KeyqFile {
    /** Descriptor entries pointing here, in all fd tables. */
    int refs;

    /** What a script sees of the file behind a descriptor ({@code fd.kind}, {@code fd.name}, {@code fd.id}). */
    abstract FileView view();

    /** A container file (OP-18): holds one usage reference on its container. */
    static final class ContainerFile extends OpenFile {
        final Container container;

        ContainerFile(Container container) {
            this.container = container;
        }

        @Override
        FileView view() {
            return new FileView(FileView.Kind.CONTAINER, container.name, container.id);
        }
    }

    /** An nsfs file (OP-15): holds one reference on its namespace. */
    static final class NsFile extends OpenFile {
        final Namespace ns;

        NsFile(Namespace ns) {
            this.ns = ns;
        }

        @Override
        FileView view() {
            return new FileView(FileView.Kind.NSFS, ns.kind.label(), ns.inum);
        }
    }

    /** An fs context (OP-26): its container binding holds a usage reference, dropped at release (P2). */
    static final class FsContextFile extends OpenFile {
        final FsContext context;

        FsContextFile(FsContext context) {
            this.context = context;
        }

        /** The filesystem type; no number of its own (-1). */
        @Override
        FileView view() {
            return new FileView(FileView.Kind.FS_CONTEXT, context.type.label(), -1);
        }
    }

    /** A mount fd (OP-28): a detached mount is discarded at release (P2), an attached one stays. */
    static final class MountFile extends OpenFile {
        final Mount mount;

        MountFile(Mount mount) {
            this.mount = mount;
        }

        /** The superblock's type and the mount id. */
        @Override
        FileView view() {
            return new FileView(FileView.Kind.MOUNT, mount.sb.type.label(), mount.id);
        }
    }

    /** A socket (OP-37): holds one reference on the net namespace it was opened in. */
    static final class SocketFile extends OpenFile {
        final Namespace net;
        final AddressFamily domain;
        final long type;
        final long protocol;

        SocketFile(Namespace net, AddressFamily domain, long type, long protocol) {
            this.net = net;
            this.domain = domain;
            this.type = type;
            this.protocol = protocol;
        }

        /** The address family and the net namespace's inode number. */
        @Override
        FileView view() {
            return new FileView(FileView.Kind.SOCKET, domain.name(), net.inum);
        }
    }

    /** A regular file (OP-36) on an entry of a superblock; its release does nothing (P2). */
    static final class RegularFile extends OpenFile {
        final Superblock sb;
        /** The absolute path it was opened by, in the mount namespace it was resolved in. */
        final String path;
        final FsEntry entry;

        RegularFile(Superblock sb, String path, FsEntry entry) {
            this.sb = sb;
            this.path = path;
            this.entry = entry;
        }

        /** The path and the superblock id. */
        @Override
        FileView view() {
            return new FileView(FileView.Kind.REGULAR, path, sb.id);
        }
    }

    /** A key-queue file (OP-43): owns its request_key queue and holds one reference on the queue's user namespace. */
    static final class KeyqFile extends OpenFile {
        final KeyQueue queue;

        KeyqFile(KeyQueue queue) {
            this.queue = queue;
        }

        @Override
        FileView view() {
            return new FileView(FileView.Kind.KEYQ, "keyq", queue.userns.inum);
        }
    }
}
