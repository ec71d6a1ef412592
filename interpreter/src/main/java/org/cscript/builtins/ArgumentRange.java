package org.cscript.builtins;

/**
 * The kernel type of an integer argument and the values it holds (docs/limits.md, "Argument
 * ranges"). A script integer is a 64-bit signed number (or larger); the C type a builtin's
 * argument stands for is usually narrower, and the ABI would silently truncate a wider value
 * (setuid(4294967296) would become setuid(0)). The model refuses such a value instead, before
 * the call: a scenario error at the call naming the range, never a wrapped value.
 */
enum ArgumentRange {
    /** uid_t; (uid_t)-1 means "no uid" and no task can take it (Linux: EINVAL). */
    UID("uid", 0, 4_294_967_294L, "a uid_t; 4294967295 is (uid_t)-1"),
    /** exit_group's int; the kernel then keeps its low 8 bits, as Linux does. */
    EXIT_STATUS("status", Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"),
    /** key_serial_t, an int32: serials are positive, the special keyrings negative. */
    KEY_SERIAL("keyring", Integer.MIN_VALUE, Integer.MAX_VALUE, "a key_serial_t"),
    /** The audit container ID of a sink: a u64, which a negative script integer is not. */
    CONTID("contid", 0, Long.MAX_VALUE, "a u64; UNSET and values above 2^63 are written as themselves"),
    /** An IP protocol number (u8). */
    PROTOCOL("proto", 0, 255, "an IP protocol number, a u8"),
    /** skb->mark, a u32. */
    MARK("mark", 0, 4_294_967_295L, "a u32");

    private final String what;
    private final long min;
    private final long max;
    private final String type;

    ArgumentRange(String what, long min, long max, String type) {
        this.what = what;
        this.min = min;
        this.max = max;
        this.type = type;
    }

    boolean holds(long value) {
        return value >= min && value <= max;
    }

    /** "uid 4294967296 is outside 0..4294967294 (a uid_t; 4294967295 is (uid_t)-1)". */
    String refusal(Object value) {
        return what + " " + value + " is outside " + min + ".." + max + " (" + type + ")";
    }
}
