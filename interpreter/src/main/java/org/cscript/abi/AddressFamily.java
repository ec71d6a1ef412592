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
}
