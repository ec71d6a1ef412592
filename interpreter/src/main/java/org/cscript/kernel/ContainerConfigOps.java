package org.cscript.kernel;

import java.util.ArrayList;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.FileType;
import org.cscript.abi.FsconfigCommand;
import org.cscript.abi.NsKind;

/**
 * Configuring a container object before it starts, kernel-model.md §3.4: OP-30 fsconfig on a
 * container fd (DH's 2019 FSCONFIG_SET_NAMESPACE, FSCONFIG_SET_FD "rootfs",
 * FSCONFIG_CMD_CREATE_CONTAINER) and OP-38 container_allow_device.
 */
final class ContainerConfigOps {
    private final KernelCore k;
    private final SetupSupport sup;

    ContainerConfigOps(KernelCore k, SetupSupport sup) {
        this.k = k;
        this.sup = sup;
    }

    /** OP-30 fsconfig on a container fd (OP-27 has done getfd). */
    void fsconfig(Task s, Container c, long cmd, String key, int aux) {
        String op = "fsconfig";
        FsconfigCommand command = FsconfigCommand.ofNumber(cmd);
        if (command != FsconfigCommand.SET_NAMESPACE && command != FsconfigCommand.SET_FD
                && command != FsconfigCommand.CMD_CREATE_CONTAINER) {
            throw KernelCore.fail(Errno.EINVAL, op, "unknown command for a container");
        }
        if (c.initStarted || c.sealed) {
            throw KernelCore.fail(Errno.EBUSY, op, c.sealed ? "the configuration is sealed" : "the container started");
        }
        switch (command) {
            case SET_NAMESPACE -> setNamespace(s, c, key, aux);
            case SET_FD -> setRootfs(s, c, key, aux);
            case CMD_CREATE_CONTAINER -> c.sealed = true;
            default -> throw new IllegalStateException(command + " is not a container command");
        }
    }

    /** FSCONFIG_SET_NAMESPACE: the container takes another namespace for one slot (user: its credentials). */
    private void setNamespace(Task s, Container c, String key, int aux) {
        String op = "fsconfig";
        NsKind kind = kindNamed(key);
        if (kind == null) {
            throw KernelCore.fail(Errno.EINVAL, op, "'" + key + "' is not a namespace kind");
        }
        Namespace ns = sup.getnsfd(s, aux, MountOps.auxRole(FsconfigCommand.SET_NAMESPACE), op);
        if (ns.kind != kind) {
            throw KernelCore.fail(Errno.EINVAL, op, "the namespace is not of kind " + kind.label());
        }
        Namespace authority = kind == NsKind.USER ? ns : ns.owner;
        if (!k.nsCapable(s, authority, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed over the namespace");
        }
        Namespace old = c.nsOf(kind);
        if (old == ns) {
            return; // already in that slot: nothing changes, no record
        }
        k.gen(k.records.containerNamespaceSet(c.id, kind, k.nsdev(), old.inum, ns.inum, s.tgid()));
        k.getNs(ns);
        if (kind == NsKind.USER) {
            c.cred.userns = ns; // the spec is silent on caps: the container's credentials keep theirs
        } else {
            c.ns.put(kind, ns);
        }
        k.putNs(old);
    }

    private static NsKind kindNamed(String key) {
        for (NsKind kind : NsKind.values()) {
            if (kind.label().equals(key)) {
                return kind;
            }
        }
        return null;
    }

    /** FSCONFIG_SET_FD "rootfs": like move_mount with MOVE_MOUNT_T_CONTAINER_ROOT. */
    private void setRootfs(Task s, Container c, String key, int aux) {
        String op = "fsconfig";
        if (!"rootfs".equals(key)) {
            throw KernelCore.fail(Errno.EINVAL, op, "the only fd key is \"rootfs\"");
        }
        Mount m = sup.getmfd(s, aux, MountOps.auxRole(FsconfigCommand.SET_FD), op);
        if (!m.detached()) {
            throw KernelCore.fail(Errno.EINVAL, op, "the mount is already attached");
        }
        SetupSupport.requireNoRoot(c, op);
        sup.requireMntCapable(s, c, Capability.CAP_SYS_ADMIN, op);
        sup.attachRoot(c, m);
    }

    /**
     * OP-38 container_allow_device; {@code minor} {@link Container.DeviceRule#ANY_MINOR} stands
     * for "*". The first call turns the unrestricted device policy into an allow-list.
     */
    void allowDevice(Task s, int cfd, String type, long major, long minor) {
        String op = "container_allow_device";
        Container c = sup.getcfd(s, cfd, op);
        SetupSupport.requireNotStarted(c, op);
        FileType t = FileType.ofLabel(type);
        if (t == null || !t.isDevice()) {
            throw KernelCore.fail(Errno.EINVAL, op, "the type must be chr or blk");
        }
        if (c.devices == null) {
            c.devices = new ArrayList<>();
        }
        c.devices.add(new Container.DeviceRule(t, major, minor));
    }
}
