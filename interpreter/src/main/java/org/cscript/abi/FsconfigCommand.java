package org.cscript.abi;

/**
 * fsconfig() commands (kernel-model.md Appendix A): the Linux values for the fs-context commands,
 * the proposed 100-102 for the container commands of DH's 2019 design. Scripts name them
 * {@code FSCONFIG_SET_STRING} ...
 */
public enum FsconfigCommand {
    SET_FLAG(0), SET_STRING(1), SET_FD(5), CMD_CREATE(6), SET_CONTAINER(100), SET_NAMESPACE(101),
    CMD_CREATE_CONTAINER(102);

    private final long number;

    FsconfigCommand(long number) {
        this.number = number;
    }

    public long number() {
        return number;
    }

    /** The name scripts use: {@code FSCONFIG_} and the command. */
    public String scriptName() {
        return "FSCONFIG_" + name();
    }

    /** The command with that number, or null (an unknown command). */
    public static FsconfigCommand ofNumber(long number) {
        for (FsconfigCommand c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        return null;
    }
}
