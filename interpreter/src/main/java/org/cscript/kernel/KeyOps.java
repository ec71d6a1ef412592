package org.cscript.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;
import org.cscript.abi.Keyctl;

/**
 * Keys and keyrings, kernel-model.md §3.5 (OP-39 … OP-44): DH's per-container keyring (seeds 001
 * and 004) and Trond Myklebust's per-user-namespace request_key queue (seed 004, behind
 * keys.userns_queue). Checks run in the spec's order; no key serial is consumed by a failure.
 */
final class KeyOps {
    private final KernelCore k;
    private final ProcessOps process;
    private final ContainerOps containers;

    KeyOps(KernelCore k, ProcessOps process, ContainerOps containers) {
        this.k = k;
        this.process = process;
        this.containers = containers;
    }

    /** The payload length add_key and container_add_key pass as their fourth argument (a3). */
    static long plen(String payload) {
        return payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length;
    }

    /** OP-39 add_key; {@code dest} is a keyring serial or one of Keyctl's KEY_SPEC_* ids (@t, @p, @s). */
    long addKey(Task s, String type, String desc, String payload, long dest) {
        String op = "add_key";
        Key.Type t = requireType(type, op);
        requireDescription(desc, op);
        Key ring;
        if (dest == Keyctl.KEY_SPEC_THREAD_KEYRING || dest == Keyctl.KEY_SPEC_PROCESS_KEYRING
                || dest == Keyctl.KEY_SPEC_SESSION_KEYRING) {
            ring = ownKeyring(s, dest);
        } else {
            ring = requireKeyring(dest, op);
            if (!possessed(s, ring) && !containerRoot(s, ring)) {
                throw KernelCore.fail(Errno.EACCES, op, "keyring " + dest + " is not possessed nor the container's");
            }
        }
        return k.keys.addOrUpdate(ring, t, desc, payload).serial;
    }

    /** OP-40 keyctl(KEYCTL_SET_CONTAINER_KEYRING, cfd, ring): allowed before or after the start. */
    void setContainerKeyring(Task s, int cfd, long ring) {
        String op = "keyctl";
        Container c = containers.getcfd(s, cfd, op);
        Key key = requireKeyring(ring, op);
        if (!possessed(s, key)) {
            throw KernelCore.fail(Errno.EACCES, op, "keyring " + ring + " is not possessed");
        }
        c.keyring = key;
    }

    /**
     * OP-41 container_add_key: holding the cfd makes S the supervisor, which may modify the
     * container keyring; it is created on demand (".container", not linked anywhere).
     */
    long containerAddKey(Task s, String type, String desc, String payload, int cfd) {
        String op = "container_add_key";
        Container c = containers.getcfd(s, cfd, op);
        Key.Type t = requireType(type, op);
        requireDescription(desc, op);
        if (c.keyring == null) {
            c.keyring = k.keys.create(Key.Type.KEYRING, ".container", null);
        }
        return k.keys.addOrUpdate(c.keyring, t, desc, payload).serial;
    }

    /**
     * OP-42 request_key: thread, process, session keyrings, then S's own container's keyring
     * (not its ancestors'). A miss with keys.userns_queue on leaves a message on the nearest
     * queue up S's user-namespace hierarchy; without one the upcall would run, which the model
     * does not have: the result is ENOKEY either way.
     */
    long requestKey(Task s, String type, String desc) {
        Key found = KeyTable.search(type, desc, Arrays.asList(s.threadKeyring, s.leader.processKeyring,
                s.sessionKeyring, s.container.keyring));
        if (found != null) {
            return found.serial;
        }
        if (k.knobs().keysUsernsQueue()) {
            KeyQueue q = k.keys.nearestQueue(s.cred.userns);
            if (q != null) {
                q.messages.add("request_key type=" + type + " desc=" + desc + " pid=" + s.tgid() + " userns="
                        + s.cred.userns.inum);
            }
        }
        throw KernelCore.fail(Errno.ENOKEY, "request_key", "no " + type + " key \"" + desc + "\"");
    }

    /** OP-43 keyq_create: a queue on S's own user namespace and its key-queue fd (cloexec clear). */
    int keyqCreate(Task s) {
        String op = "keyq_create";
        if (!k.knobs().keysUsernsQueue()) {
            throw KernelCore.fail(Errno.ENOSYS, op, "keys.userns_queue is off");
        }
        if (!k.nsCapable(s, s.cred.userns, Capability.CAP_SYS_ADMIN)) {
            throw KernelCore.fail(Errno.EPERM, op, "CAP_SYS_ADMIN needed in the caller's user namespace");
        }
        if (k.keys.queueOf(s.cred.userns) != null) {
            throw KernelCore.fail(Errno.EBUSY, op, "the user namespace already has a queue");
        }
        KeyQueue q = k.keys.createQueue(s.cred.userns);
        k.getNs(q.userns);     // the key-queue file's reference (§1.2)
        return s.fds.install(new OpenFile.KeyqFile(q), false, k.knobs().limits().fds());
    }

    /** OP-44 keyq_read: the oldest message, removed. */
    String keyqRead(Task s, int fd) {
        String op = "read";
        KeyQueue q = getkqfd(s, fd, op);
        if (q.messages.isEmpty()) {
            throw KernelCore.fail(Errno.EAGAIN, op, "the key queue is empty");
        }
        return q.messages.poll();
    }

    /** §2.3 getkqfd. */
    private KeyQueue getkqfd(Task s, int fd, String op) {
        if (process.getfd(s, fd, op).file() instanceof OpenFile.KeyqFile f) {
            return f.queue;
        }
        throw KernelCore.fail(Errno.EINVAL, op, "descriptor " + fd + " is not a key queue");
    }

    private static Key.Type requireType(String type, String op) {
        Key.Type t = Key.Type.of(type);
        if (t == null) {
            throw KernelCore.fail(Errno.ENODEV, op, "unknown key type '" + type + "'");
        }
        return t;
    }

    private static void requireDescription(String desc, String op) {
        if (desc.isEmpty()) {
            throw KernelCore.fail(Errno.EINVAL, op, "empty description");
        }
    }

    /** A serial naming a keyring: unknown → ENOKEY, another type → ENOTDIR. */
    private Key requireKeyring(long serial, String op) {
        Key key = k.keys.lookup(serial);
        if (key == null) {
            throw KernelCore.fail(Errno.ENOKEY, op, "no key " + serial);
        }
        if (!key.isKeyring()) {
            throw KernelCore.fail(Errno.ENOTDIR, op, key + " is not a keyring");
        }
        return key;
    }

    /** Possession: reachable from S's thread, process or session keyring through links. */
    private static boolean possessed(Task s, Key ring) {
        return KeyTable.reachable(ring, ownKeyrings(s));
    }

    private static List<Key> ownKeyrings(Task s) {
        return Arrays.asList(s.threadKeyring, s.leader.processKeyring, s.sessionKeyring);
    }

    /** The container's "root" user [seed 001]: a member of the container whose keyring it is, CAP_SYS_ADMIN there. */
    private boolean containerRoot(Task s, Key ring) {
        Container c = s.container;
        return c.keyring == ring && k.nsCapable(s, c.cred.userns, Capability.CAP_SYS_ADMIN);
    }

    /** The @t, @p or @s keyring of S, created on demand (descriptions _tid, _pid, _ses as in Linux). */
    private Key ownKeyring(Task s, long spec) {
        if (spec == Keyctl.KEY_SPEC_THREAD_KEYRING) {
            if (s.threadKeyring == null) {
                s.threadKeyring = k.keys.create(Key.Type.KEYRING, "_tid", null);
            }
            return s.threadKeyring;
        }
        if (spec == Keyctl.KEY_SPEC_PROCESS_KEYRING) {
            if (s.leader.processKeyring == null) {
                s.leader.processKeyring = k.keys.create(Key.Type.KEYRING, "_pid", null);
            }
            return s.leader.processKeyring;
        }
        if (s.sessionKeyring == null) {
            s.sessionKeyring = k.keys.create(Key.Type.KEYRING, "_ses", null);
        }
        return s.sessionKeyring;
    }
}
