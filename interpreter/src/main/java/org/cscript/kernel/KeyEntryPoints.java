package org.cscript.kernel;

import org.cscript.abi.Keyctl;
import org.cscript.abi.Syscall;

/**
 * The entry points of kernel-model.md §3.5, keys and keyrings (OP-39 .. OP-44), reached as
 * {@link Kernel#keys()}: one line per operation, as on {@link Kernel}, each the operation's
 * body in {@link KeyOps} run as an event context with its syscall arguments.
 */
public final class KeyEntryPoints {
    private final Events events;
    private final KeyOps keys;

    KeyEntryPoints(Events events, KeyOps keys) {
        this.events = events;
        this.keys = keys;
    }

    /**
     * OP-39 add_key(type, desc, payload, plen, keyring): {@code dest} is a keyring serial or
     * Keyctl.KEY_SPEC_THREAD/PROCESS/SESSION_KEYRING ({@code @t @p @s}); a3 = plen. Returns the serial.
     */
    public long addKey(Task s, String type, String desc, String payloadOrNull, long dest) {
        return events.run(s, Syscall.ADD_KEY, new long[] {0, 0, 0, KeyOps.plen(payloadOrNull)},
                () -> keys.addKey(s, type, desc, payloadOrNull, dest), r -> r);
    }

    /** OP-40 keyctl(KEYCTL_SET_CONTAINER_KEYRING, cfd, ring). */
    public void keyctlSetContainerKeyring(Task s, int cfd, long ring) {
        events.run(s, Syscall.KEYCTL, new long[] {Keyctl.SET_CONTAINER_KEYRING, cfd, ring},
                () -> keys.setContainerKeyring(s, cfd, ring));
    }

    /** OP-41 container_add_key(type, desc, payload, plen, cfd): a3 = plen. Returns the serial. */
    public long containerAddKey(Task s, String type, String desc, String payloadOrNull, int cfd) {
        return events.run(s, Syscall.CONTAINER_ADD_KEY, new long[] {0, 0, 0, KeyOps.plen(payloadOrNull)},
                () -> keys.containerAddKey(s, type, desc, payloadOrNull, cfd), r -> r);
    }

    /** OP-42 request_key(type, desc, callout_info, dest_keyring): pointers and 0. Returns the serial. */
    public long requestKey(Task s, String type, String desc) {
        return events.run(s, Syscall.REQUEST_KEY, new long[0], () -> keys.requestKey(s, type, desc), r -> r);
    }

    /** OP-43 keyq_create: the key-queue fd. */
    public int keyqCreate(Task s) {
        return events.run(s, Syscall.KEYQ_CREATE, new long[0], () -> keys.keyqCreate(s), r -> r);
    }

    /** OP-44 keyq_read = read(fd, buf, count) on a key-queue fd; exit = bytes returned. */
    public String keyqRead(Task s, int fd) {
        return events.run(s, Syscall.READ, new long[] {fd}, () -> keys.keyqRead(s, fd), KernelCore::byteLength);
    }
}
