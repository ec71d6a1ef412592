package org.cscript.kernel;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A security policy attached to a container (docs/proposals/container-policy.md, Howells 2019
 * point 6): the label its members run under ({@code subj=} of their SYSCALL records) and the
 * operations, by their script names, that it denies them with EACCES and an AVC record.
 *
 * @param label the members' security context, e.g. {@code web_t}
 * @param denied the operations denied, sorted (a subset of {@link #DENIABLE})
 */
record ContainerPolicy(String label, Set<String> denied) {
    /**
     * What a policy can deny: every operation a task performs as an audited syscall (where the
     * AVC record has a SYSCALL event to go in), but exit and thread_exit, which nothing refuses
     * in Linux either. Unaudited calls (fd_pass, readlink_ns, task_by_pid, the administration)
     * have no event to refuse in.
     */
    static final Set<String> DENIABLE = Set.copyOf(List.of("fork", "clone", "clone_thread", "exec", "kill",
            "waitpid", "getpid", "setuid", "capset", "drop_cap", "dup", "close", "unshare", "ns_open", "setns",
            "container_create", "fork_into", "poll", "container_wait", "container_kill", "proc_containers",
            "fsopen", "fsconfig", "fsmount", "move_mount", "container_mount", "container_chroot",
            "container_bind_mount_across", "mkdirat", "mknodat", "openat", "container_socket",
            "container_allow_device", "add_key", "keyctl_set_container_keyring", "container_add_key", "request_key",
            "keyq_create", "keyq_read", "set_loginuid", "set_contid", "get_contid", "set_capcontid",
            "get_capcontid"));

    ContainerPolicy {
        denied = Collections.unmodifiableSet(new TreeSet<>(denied));
    }

    /** Whether a label is a plain SELinux-style type or context: letters, digits, '_', ':', '.', '-'. */
    static boolean validLabel(String label) {
        return label != null && !label.isEmpty() && label.length() <= 64 && label.matches("[A-Za-z0-9_:.-]+");
    }
}
