package org.cscript.host;

import java.util.Map;

/**
 * One task of the REPL's kernel as plain data (:ps): numbers as the kernel's root namespaces see
 * them, its container object (0 for none) and the inode numbers of its namespaces by kind.
 */
public record TaskRow(long pid, long tid, long ppid, String comm, String state, long container, String containerName,
        long contid, Map<String, Long> namespaces) {
    public TaskRow {
        namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
    }
}
