package org.cscript.kernel;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cscript.abi.NsKind;

/**
 * The invariants of the key state, kernel-model.md §1.8 and §1.12.5: key serials are never
 * reused; every link of a keyring, and every keyring slot of a live task or container (§1.3,
 * OP-40), names the key the key table has under its serial, and a slot names a keyring; each user
 * namespace has at most one request_key queue, registered under it and held by exactly one
 * key-queue file (OP-43; P2 removes it with its file). Keys are never destroyed, so the key table
 * is live state: a check is linear in the keys, their links, the live tasks and containers and
 * the open files. Part of {@link InvariantChecker}.
 */
final class KeyStateCheck {
    private final KernelCore k;
    private final IdLedger<Key> serials = new IdLedger<>("key serial");

    KeyStateCheck(KernelCore k) {
        this.k = k;
    }

    void check(InvariantChecker.Scan s) {
        serials.begin(k.keys.nextSerial, s.out);
        for (var e : k.keys.all().entrySet()) {
            Key key = e.getValue();
            serials.observe(key.serial, key, s.out);
            if (e.getKey() != key.serial) {
                s.fail(Invariant.KEYS, key + " is filed under serial " + e.getKey());
            }
            if (key.isKeyring()) {
                for (Key linked : key.links) {
                    requireKnown(s, linked, "linked in " + key);
                }
            }
        }
        for (Task t : s.live) {
            requireKeyring(s, t.threadKeyring, t + "'s thread keyring");
            if (t.leader == t) {
                requireKeyring(s, t.processKeyring, t + "'s process keyring");
            }
            requireKeyring(s, t.sessionKeyring, t + "'s session keyring");
        }
        for (Container c : k.containers.values()) {
            requireKeyring(s, c.keyring, "the keyring of ctr " + c.id);
        }
        checkQueues(s);
        serials.end();
    }

    /** A key reached through a link or a slot is the key table's entry for its serial. */
    private void requireKnown(InvariantChecker.Scan s, Key key, String via) {
        if (k.keys.lookup(key.serial) != key) {
            serials.observe(key.serial, key, s.out);
            s.fail(Invariant.KEYS, key + " is " + via + " but is not the key table's key " + key.serial);
        }
    }

    private void requireKeyring(InvariantChecker.Scan s, Key slot, String what) {
        if (slot == null) {
            return;
        }
        requireKnown(s, slot, what);
        if (!slot.isKeyring()) {
            s.fail(Invariant.KEYS, what + " is " + slot + ", not a keyring");
        }
    }

    /** OP-43: one queue per user namespace, registered under it, held by exactly one key-queue file. */
    private void checkQueues(InvariantChecker.Scan s) {
        Map<KeyQueue, Integer> files = new IdentityHashMap<>();
        for (OpenFile f : s.fileOrder) {
            if (f instanceof OpenFile.KeyqFile kf) {
                files.merge(kf.queue, 1, Integer::sum);
            }
        }
        for (var e : k.keys.queues().entrySet()) {
            KeyQueue q = e.getValue();
            Namespace u = q.userns;
            if (u.kind != NsKind.USER || e.getKey() != u.inum || k.namespaces.get(u.inum) != u) {
                s.fail(Invariant.KEYS, "the key queue filed under inum " + e.getKey() + " is on " + u
                        + ", which is no live user namespace of that number");
            }
            int held = files.getOrDefault(q, 0);
            if (held != 1) {
                s.fail(Invariant.KEYS, "the key queue of " + u + " is held by " + held + " key-queue files");
            }
        }
        for (KeyQueue q : files.keySet()) {
            if (k.keys.queueOf(q.userns) != q) {
                s.fail(Invariant.KEYS, "a key-queue file holds a queue of " + q.userns
                        + " that is not the namespace's registered queue");
            }
        }
    }
}
