package org.cscript.kernel;

import java.util.EnumSet;
import org.cscript.abi.Capability;

/** Task or container credentials (kernel-model.md §1.3); keyrings are not modelled here. */
final class Creds {
    long uid, euid, suid, fsuid, gid, egid, sgid, fsgid;
    Namespace userns;
    EnumSet<Capability> caps;

    Creds copy() {
        Creds c = new Creds();
        c.uid = uid;
        c.euid = euid;
        c.suid = suid;
        c.fsuid = fsuid;
        c.gid = gid;
        c.egid = egid;
        c.sgid = sgid;
        c.fsgid = fsgid;
        c.userns = userns;
        c.caps = caps.clone();
        return c;
    }
}
