package org.cscript.kernel;

import java.util.ArrayDeque;

/**
 * Trond Myklebust's request_key message queue on a user namespace (kernel-model.md §1.8, OP-43,
 * seed 004): request_key misses append a line, keyq_read takes the oldest. It lives as long as
 * the key-queue file that created it (P2 removes it).
 */
final class KeyQueue {
    final Namespace userns;
    /** Messages, oldest first. */
    final ArrayDeque<String> messages = new ArrayDeque<>();

    KeyQueue(Namespace userns) {
        this.userns = userns;
    }
}
