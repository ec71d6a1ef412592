package org.cscript.kernel;

/**
 * An open file (kernel-model.md §1.5): one subtype per kind with its own payload, so a check on
 * the kind is a type test the compiler can make exhaustive, never a string or flag comparison.
 * {@code refs} counts the descriptor entries, in all fd tables, that point here; at 0 the file
 * is released (P2, {@link Lifecycle#releaseFile}).
 */
abstract sealed class OpenFile permits OpenFile.ContainerFile, OpenFile.NsFile,
        OpenFile.KeyqFile {
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
