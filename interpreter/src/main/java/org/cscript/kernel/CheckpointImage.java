package org.cscript.kernel;

import java.util.List;
import java.util.Map;
import org.cscript.abi.NsKind;

/**
 * What {@code checkpoint(cfd)} captured of a container (docs/proposals/checkpoint-restore.md):
 * its identity, the inode numbers of the namespaces it made, and its member tasks in the order
 * they were created (by tid), each with its parent inside the container or 0.
 *
 * @param id the image's name, "ckpt-N"
 * @param ctr the container's id when it was imaged
 * @param name the container's name
 * @param flags its container_create flags: a restore creates it again with them
 * @param namespaces the namespaces it made (its flags' kinds) by kind, their inode numbers then
 * @param ownPidns whether it had a PID namespace of its own (its members' inner pids can be kept)
 * @param tasks the members, oldest first
 */
record CheckpointImage(String id, long ctr, String name, long flags, Map<NsKind, Long> namespaces, boolean ownPidns,
        List<TaskImage> tasks) {

    /**
     * One member: its numbers then ({@code tgid} in the initial namespace, {@code innerPid} in the
     * container's PID namespace), its parent's tgid if the parent is a member (else 0), and what
     * a restore gives it back.
     */
    record TaskImage(long tgid, long innerPid, long parentTgid, String comm, String exe, Creds cred, long loginuid,
            long sessionid, long contid) {
    }

    /** The audit container ID of the container's init (the one CONTAINER_OBJ records show). */
    long contid() {
        return tasks.get(0).contid();
    }
}
