package org.cscript.kernel;

/** A handle on a net namespace for OP-48; it may die while held (then net_packet fails EINVAL). */
public final class NetNamespaceRef {
    final Namespace ns;

    NetNamespaceRef(Namespace ns) {
        this.ns = ns;
    }
}
