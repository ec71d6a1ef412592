package org.cscript.kernel;

/** An open file (kernel-model.md §1.5): a container file or an nsfs file in the core model. */
final class OpenFile {
    enum Kind { CONTAINER, NSFS }

    final Kind kind;
    final Container container;
    final Namespace ns;
    /** Descriptor entries pointing here, in all fd tables. */
    int refs;

    private OpenFile(Kind kind, Container container, Namespace ns) {
        this.kind = kind;
        this.container = container;
        this.ns = ns;
    }

    static OpenFile container(Container c) {
        return new OpenFile(Kind.CONTAINER, c, null);
    }

    static OpenFile nsfs(Namespace ns) {
        return new OpenFile(Kind.NSFS, null, ns);
    }
}
