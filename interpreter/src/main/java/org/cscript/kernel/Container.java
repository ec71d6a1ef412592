package org.cscript.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.cscript.abi.FileType;
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
    /** The container keyring (OP-40, OP-41), searched by request_key after the task's own; or null. */
    Key keyring;
    boolean destroyed;
    /** Set by FSCONFIG_CMD_CREATE_CONTAINER (OP-30): the configuration is final. */
    boolean sealed;
    /** The device allow-list of OP-38, or null while unrestricted. */
    List<DeviceRule> devices;
    /** The supervisor's leader and the operations it allows (docs/proposals/supervisor-override.md), or null. */
    Task supervisor;
    java.util.Set<String> supervisedOps = java.util.Set.of();
    /** The security policy of docs/proposals/container-policy.md (P-POLICY), or null. */
    ContainerPolicy policy;
    /** container_create's flags, kept for a checkpoint image (docs/proposals/checkpoint-restore.md). */
    long flags;

    /** One allowed device (OP-38): a chr or blk type, a major, and a minor or {@link #ANY_MINOR}. */
    record DeviceRule(FileType type, long major, long minor) {
        /** The minor of a rule given as "*". */
        static final long ANY_MINOR = -1;

        boolean allows(FsEntry node) {
            return node.type() == type && node.major() == major && (minor == ANY_MINOR || node.minor() == minor);
        }
    }

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

    /** OP-36: may a member open this device node? Unrestricted, or allowed by a rule. */
    boolean allowsDevice(FsEntry node) {
        if (devices == null) {
            return true;
        }
        for (DeviceRule rule : devices) {
            if (rule.allows(node)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ctr " + id + " '" + name + "'";
    }
}
