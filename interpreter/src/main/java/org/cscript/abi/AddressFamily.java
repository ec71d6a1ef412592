package org.cscript.abi;

/** Socket address families (kernel-model.md Appendix A). */
public enum AddressFamily {
    AF_UNIX(1), AF_INET(2), AF_INET6(10), AF_NETLINK(16);

    private final long number;

    AddressFamily(long number) {
        this.number = number;
    }

    public long number() {
        return number;
    }

    /** The family with that number, or null (container_socket's EAFNOSUPPORT). */
    public static AddressFamily ofNumber(long number) {
        for (AddressFamily f : values()) {
            if (f.number == number) {
                return f;
            }
        }
        return null;
    }
}
