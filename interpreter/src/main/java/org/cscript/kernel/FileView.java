package org.cscript.kernel;

import java.util.Locale;

/**
 * What a descriptor refers to, for the interpreter: the file's kind, a name and a number whose
 * meaning depends on the kind (a container: its name and id; an nsfs file: the namespace kind
 * and its inode number; a key-queue file: "keyq" and its user namespace's inode number).
 */
public record FileView(Kind kind, String name, long id) {
    /** The kinds of open file of kernel-model.md §1.5 that the model has. */
    public enum Kind {
        CONTAINER, NSFS,
        KEYQ;

        /** The name scripts see in {@code fd.kind}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
