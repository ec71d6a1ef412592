package org.cscript.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys ABI (kernel-model.md Appendix A, §3.5): the keyctl command DH's 2019 text names, and the
 * special keyring ids add_key takes for its destination, which scripts write {@code "@t"},
 * {@code "@p"}, {@code "@s"}.
 */
public final class Keyctl {
    /** KEYCTL_SET_CONTAINER_KEYRING [seed: 004; value proposed in Appendix A]. */
    public static final long SET_CONTAINER_KEYRING = 0x100;
    /** Linux KEY_SPEC_THREAD_KEYRING: the caller's thread keyring ({@code "@t"}). */
    public static final long KEY_SPEC_THREAD_KEYRING = -1;
    /** Linux KEY_SPEC_PROCESS_KEYRING: the caller's process keyring ({@code "@p"}). */
    public static final long KEY_SPEC_PROCESS_KEYRING = -2;
    /** Linux KEY_SPEC_SESSION_KEYRING: the caller's session keyring ({@code "@s"}). */
    public static final long KEY_SPEC_SESSION_KEYRING = -3;

    private static final Map<String, Long> SPECIAL = Map.of("@t", KEY_SPEC_THREAD_KEYRING,
            "@p", KEY_SPEC_PROCESS_KEYRING, "@s", KEY_SPEC_SESSION_KEYRING);

    private Keyctl() {
    }

    /** The special keyring id of {@code "@t"}, {@code "@p"} or {@code "@s"}; null for any other text. */
    public static Long specialKeyring(String name) {
        return SPECIAL.get(name);
    }

    /** The constants by the names scripts use. */
    public static Map<String, Long> byScriptName() {
        Map<String, Long> names = new LinkedHashMap<>();
        names.put("KEYCTL_SET_CONTAINER_KEYRING", SET_CONTAINER_KEYRING);
        return Collections.unmodifiableMap(names);
    }
}
