package org.cscript.kernel;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The key state of kernel-model.md §1.8 beyond the per-task and per-container keyring slots:
 * every key by serial ({@code next_key_serial} starts at the boot knob keys.first_serial, §1.1),
 * the keyring searches of OP-39/OP-42, and the per-user-namespace request_key queues (seed 004).
 */
final class KeyTable {
    /** next_key_serial (§1.1): the serial the next key gets. */
    long nextSerial;
    /** Every key ever created, by serial (lookups only). */
    private final TreeMap<Long, Key> bySerial = new TreeMap<>();
    /** The request_key queues by the inode number of their user namespace. */
    private final TreeMap<Long, KeyQueue> queues = new TreeMap<>();

    KeyTable(long firstSerial) {
        this.nextSerial = firstSerial;
    }

    /** Every key ever created, by serial (a read-only view: the invariant checks read it, operations never scan it). */
    Map<Long, Key> all() {
        return Collections.unmodifiableMap(bySerial);
    }

    /** The request_key queues by the inode number of their user namespace (a read-only view, for the checks). */
    Map<Long, KeyQueue> queues() {
        return Collections.unmodifiableMap(queues);
    }

    /** The key with that serial, or null (ENOKEY). */
    Key lookup(long serial) {
        return bySerial.get(serial);
    }

    /** A new key with the next serial; only effects call this, after every check passed (§2.4). */
    Key create(Key.Type type, String desc, String payload) {
        if (nextSerial > KernelConfig.S32_MAX) {
            throw new LimitException("key serial: more than " + KernelConfig.S32_MAX + " (a serial is a key_serial_t)");
        }
        Key key = new Key(nextSerial++, type, desc, payload);
        bySerial.put(key.serial, key);
        return key;
    }

    /**
     * OP-39/OP-41 effect: the key of that type and description linked directly in {@code ring}
     * gets the new payload; if there is none, a new key is created and linked at the end.
     */
    Key addOrUpdate(Key ring, Key.Type type, String desc, String payload) {
        for (Key linked : ring.links) {
            if (linked.type == type && linked.desc.equals(desc)) {
                if (type != Key.Type.KEYRING) {
                    linked.payload = payload;
                }
                return linked;
            }
        }
        Key key = create(type, desc, payload);
        ring.links.add(key);
        return key;
    }

    /**
     * OP-42's search: the keyrings in {@code rings} (null slots skipped) one after the other, each
     * depth-first along its links in link order; the first key of that type and description wins.
     */
    static Key search(String type, String desc, List<Key> rings) {
        Set<Long> seen = new TreeSet<>();
        for (Key ring : rings) {
            Key found = ring == null ? null : searchIn(ring, type, desc, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Key searchIn(Key ring, String type, String desc, Set<Long> seen) {
        if (!seen.add(ring.serial)) {
            return null;
        }
        for (Key linked : ring.links) {
            if (linked.matches(type, desc)) {
                return linked;
            }
            if (linked.isKeyring()) {
                Key found = searchIn(linked, type, desc, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Is {@code target} one of {@code roots} (null slots skipped) or linked below one of them? */
    static boolean reachable(Key target, List<Key> roots) {
        Set<Long> seen = new TreeSet<>();
        for (Key root : roots) {
            if (root != null && reachableFrom(root, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachableFrom(Key ring, Key target, Set<Long> seen) {
        if (ring == target) {
            return true;
        }
        if (!ring.isKeyring() || !seen.add(ring.serial)) {
            return false;
        }
        for (Key linked : ring.links) {
            if (reachableFrom(linked, target, seen)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ request_key queues (seed 004)

    /** The queue of that user namespace itself, or null. */
    KeyQueue queueOf(Namespace userns) {
        return queues.get(userns.inum);
    }

    /** Trond's walk: the queue of {@code userns} or of its nearest ancestor that has one, or null. */
    KeyQueue nearestQueue(Namespace userns) {
        for (Namespace u = userns; u != null; u = u.parent) {
            KeyQueue q = queueOf(u);
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    /** OP-43 effect: a new, empty queue on {@code userns} (the caller checked it has none). */
    KeyQueue createQueue(Namespace userns) {
        KeyQueue q = new KeyQueue(userns);
        queues.put(userns.inum, q);
        return q;
    }

    /** P2 for a key-queue file: the queue goes with its file. */
    void removeQueue(KeyQueue q) {
        queues.remove(q.userns.inum);
    }
}
