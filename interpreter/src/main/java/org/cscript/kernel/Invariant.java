package org.cscript.kernel;

/**
 * The invariants the model keeps, named so that a violation says which one broke: those of
 * kernel-model.md §1.12 (numbered as there) and the bookkeeping they rest on (§1.5 descriptor
 * counts, §4.6 sinks, the operations' own indexes). {@link Kernel#checkInvariants()} checks them.
 */
public enum Invariant {
    MEMBERSHIP("1.12.1",
            "every live task is a member of exactly one container; a thread group shares its container and contid"),
    REGISTRY("1.12.2", "a live task with a valid contid V is in registry[V].tasks, and only such tasks are"),
    DEAD_CONTAINER("1.12.3", "a DEAD container has no init and never gains members"),
    CONTAINER_USAGE("1.12.4", "container usage equals its sources; a container with members is never destroyed"),
    NAMESPACE_REFS("1.12.5", "a namespace exists iff its refs > 0, and refs equal its holders"),
    /** A contid value may be registered again once its entry died (§1.9); its registration seq is new. */
    IDS_NEVER_REUSED("1.12.5",
            "inode numbers, PIDs (unless pid.reuse = lowest_free), container ids, key serials, mount and superblock ids"
            + " and registration seqs are never reused"),
    /** What replaces "PIDs are never reused" under pid.reuse = lowest_free; it holds under never too. */
    PIDS_UNIQUE("1.12.5", "no two unreaped tasks (live or zombie) hold one number in one PID namespace; a free"
            + " number was handed out and is held by none"),
    AUDIT_SERIALS("1.12.6", "audit serials increase by exactly 1 per emitted event; timestamps never decrease"),
    SINKS("4.6", "each sink receives whole events with the global serial, in increasing order"),
    /** Set, not necessarily resolvable: OP-30 may replace the mount namespace under it before the start. */
    CONTAINER_ROOT("1.6", "a started container has a root, an absolute path"),
    MOUNTS("1.7", "a mount attached to a mount namespace is in that live namespace's tree, once; a destroyed one has none"),
    KEYS("1.8", "keyring links and keyring slots name keys of the key table, slots keyrings; a user namespace has at"
            + " most one key queue, held by exactly one key-queue file"),
    DESCRIPTOR_COUNTS("1.5", "open file refs equal the descriptor entries; fd table users equal the tasks using it"),
    INDEXES("model", "the task tree and the per-namespace indexes match a recount");

    private final String section;
    private final String statement;

    Invariant(String section, String statement) {
        this.section = section;
        this.statement = statement;
    }

    /** The section of kernel-model.md that states it ("1.12.4"), or "model" for the model's own indexes. */
    public String section() {
        return section;
    }

    /** The invariant in one sentence. */
    public String statement() {
        return statement;
    }

    /** "§1.12.4 CONTAINER_USAGE": how a report names it. */
    public String label() {
        return (section.equals("model") ? "" : "§" + section + " ") + name();
    }
}
