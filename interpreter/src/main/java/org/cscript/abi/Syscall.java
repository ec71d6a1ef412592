package org.cscript.abi;

/**
 * Syscall names and the numbers printed in {@code syscall=} (kernel-model.md Appendix C).
 * The RFC's own calls never got upstream numbers and use 1000-1010.
 */
public enum Syscall {
    READ(0, "read"), WRITE(1, "write"), CLOSE(3, "close"), POLL(7, "poll"), DUP(32, "dup"),
    GETPID(39, "getpid"), CLONE(56, "clone"), EXECVE(59, "execve"), EXIT(60, "exit"),
    WAIT4(61, "wait4"), KILL(62, "kill"), SETRESUID(117, "setresuid"), CAPSET(126, "capset"),
    EXIT_GROUP(231, "exit_group"), ADD_KEY(248, "add_key"), REQUEST_KEY(249, "request_key"),
    KEYCTL(250, "keyctl"), OPENAT(257, "openat"), MKDIRAT(258, "mkdirat"), MKNODAT(259, "mknodat"),
    UNSHARE(272, "unshare"), SETNS(308, "setns"), MOVE_MOUNT(429, "move_mount"),
    FSOPEN(430, "fsopen"), FSCONFIG(431, "fsconfig"), FSMOUNT(432, "fsmount"),
    CONTAINER_CREATE(1000, "container_create"), FORK_INTO_CONTAINER(1001, "fork_into_container"),
    CONTAINER_WAIT(1002, "container_wait"), CONTAINER_KILL(1003, "container_kill"),
    CONTAINER_MOUNT(1004, "container_mount"), CONTAINER_CHROOT(1005, "container_chroot"),
    CONTAINER_BIND_MOUNT_ACROSS(1006, "container_bind_mount_across"),
    CONTAINER_SOCKET(1007, "container_socket"), CONTAINER_ALLOW_DEVICE(1008, "container_allow_device"),
    CONTAINER_ADD_KEY(1009, "container_add_key"), KEYQ_CREATE(1010, "keyq_create");

    private final int number;
    private final String syscallName;

    Syscall(int number, String syscallName) {
        this.number = number;
        this.syscallName = syscallName;
    }

    public int number() {
        return number;
    }

    /** The name auditctl's {@code -S} accepts. */
    public String syscallName() {
        return syscallName;
    }

    /** exit and exit_group never return, so their records carry no success=/exit= fields. */
    public boolean returns() {
        return this != EXIT && this != EXIT_GROUP;
    }

    /** Looks a syscall up by auditctl name or decimal number; null if unknown. */
    public static Syscall lookup(String nameOrNumber) {
        for (Syscall s : values()) {
            if (s.syscallName.equals(nameOrNumber) || Integer.toString(s.number).equals(nameOrNumber)) {
                return s;
            }
        }
        return null;
    }
}
