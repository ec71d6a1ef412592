package org.cscript.kernel;

/**
 * What a descriptor refers to, for the interpreter: {@code kind} is "container" or "nsfs";
 * container fields are -1/null for other kinds, namespace fields null/0 for other kinds.
 */
public record FileView(String kind, long containerId, String containerName, String nsKind, long nsInum) {
}
