package org.cscript.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** move_mount() flags (kernel-model.md Appendix A): F_EMPTY_PATH is Linux's, T_CONTAINER_ROOT proposed. */
public final class MoveMountFlags {
    public static final long F_EMPTY_PATH = 0x04;
    public static final long T_CONTAINER_ROOT = 0x80;

    private MoveMountFlags() {
    }

    /** The flags by the names scripts use, in Appendix A order. */
    public static Map<String, Long> byScriptName() {
        Map<String, Long> names = new LinkedHashMap<>();
        names.put("MOVE_MOUNT_F_EMPTY_PATH", F_EMPTY_PATH);
        names.put("MOVE_MOUNT_T_CONTAINER_ROOT", T_CONTAINER_ROOT);
        return Collections.unmodifiableMap(names);
    }
}
