package org.cscript.abi;

/**
 * The capability universe of the model (kernel-model.md 1.3). CAP_CONTAINER_ADMIN is the RFC's
 * new capability and does not exist in real Linux. {@code ALL} in the spec is every constant.
 */
public enum Capability {
    CAP_SYS_ADMIN, CAP_AUDIT_CONTROL, CAP_AUDIT_WRITE, CAP_CONTAINER_ADMIN, CAP_KILL, CAP_SETUID,
    CAP_SYS_CHROOT, CAP_SYS_PTRACE, CAP_MKNOD, CAP_NET_ADMIN
}
