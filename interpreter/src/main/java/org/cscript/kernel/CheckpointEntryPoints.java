package org.cscript.kernel;

/**
 * Checkpoint and restore of a container, a seed proposal (docs/proposals/checkpoint-restore.md),
 * reached as {@link Kernel#checkpoints()}. Each is an event without a syscall (as audit_user_msg
 * is): its records are grouped under one serial. Refusals are scenario mistakes (ConfigException
 * with container.checkpoint = off, AdminArgumentException otherwise), made before any effect.
 */
public final class CheckpointEntryPoints {
    private final Events events;
    private final CheckpointOps ops;
    private final InvariantGuard invariants;

    CheckpointEntryPoints(Events events, CheckpointOps ops, InvariantGuard invariants) {
        this.events = events;
        this.ops = ops;
        this.invariants = invariants;
    }

    /** checkpoint(cfd): images the container behind S's {@code cfd}; the image's id ("ckpt-N"). */
    public String checkpoint(Task s, int cfd) {
        Container c = invariants.checked("checkpoint", () -> ops.imageable(s, cfd));
        String[] id = new String[1];
        events.runWithoutSyscall(s, () -> id[0] = ops.checkpoint(s, c).id());
        return id[0];
    }

    /** restore(image): recreates the imaged container; S's new container fd to it. */
    public int restore(Task s, String image) {
        CheckpointImage checked = invariants.checked("restore", () -> ops.restorable(s, image));
        int[] fd = new int[1];
        events.runWithoutSyscall(s, () -> fd[0] = ops.restore(s, checked));
        return fd[0];
    }

    /** The image {@code id}, or null (tests, tools). */
    CheckpointImage image(String id) {
        return ops.image(id);
    }
}
