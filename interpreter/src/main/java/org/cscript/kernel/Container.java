package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.cscript.abi.NsKind;

/** A container object (kernel-model.md §1.6). {@code ns} has no USER slot: that is {@code cred.userns}. */
final class Container {
    final long id;
    final String name;
    int usage;
    boolean initStarted;
    boolean dead;
    final boolean killOnClose;
    long exitCode;
    final Creds cred;
    final EnumMap<NsKind, Namespace> ns;
    String root;
    Task init;
    final Container parent;
    final List<Container> children = new ArrayList<>();
    /** Member tasks in join order (threads individually). */
    final LinkedHashSet<Task> members = new LinkedHashSet<>();
    boolean destroyed;

    Container(long id, String name, boolean killOnClose, Creds cred, EnumMap<NsKind, Namespace> ns, String root,
            Container parent) {
        this.id = id;
        this.name = name;
        this.killOnClose = killOnClose;
        this.cred = cred;
        this.ns = ns;
        this.root = root;
        this.parent = parent;
    }

    /** The namespace of a kind, user included. */
    Namespace nsOf(NsKind k) {
        return k == NsKind.USER ? cred.userns : ns.get(k);
    }

    boolean isInitContainer() {
        return id == 0;
    }

    @Override
    public String toString() {
        return "ctr " + id + " '" + name + "'";
    }
}
