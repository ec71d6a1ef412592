package org.cscript.kernel;

import java.util.EnumMap;
import java.util.TreeMap;
import org.cscript.abi.NsKind;

/** A live audit container-ID registry entry (kernel-model.md §1.9). */
final class ContidEntry {
    final long value;
    final long parent;
    final long firstPid;
    /** Namespace set of the first task, canonical order; pid = its active PID namespace. */
    final EnumMap<NsKind, Namespace> definition;
    final long seq;
    /** Live tasks whose contid is this value, by tid. */
    final TreeMap<Long, Task> tasks = new TreeMap<>();
    /** The orchestrator (a leader) that registered the value; set by the v11 ladder only. */
    Task owner;

    ContidEntry(long value, long parent, long firstPid, EnumMap<NsKind, Namespace> definition, long seq) {
        this.value = value;
        this.parent = parent;
        this.firstPid = firstPid;
        this.definition = definition;
        this.seq = seq;
    }
}
