package org.cscript.kernel.model;

import static org.cscript.kernel.model.ModelOps.fd;
import static org.cscript.kernel.model.ModelOps.of;
import static org.cscript.kernel.model.ModelOps.t;

import java.util.List;
import org.cscript.abi.Keyctl;
import org.cscript.kernel.FileView;
import org.cscript.kernel.Task;

/**
 * The generator's key operations, kernel-model.md §3.5 (OP-39 .. OP-44), as {@link ModelOps}
 * entries. Key serials resolve through {@link World#serial}: any serial handed out so far
 * (keyrings created on demand included), or one never handed out. The acting task of add_key and
 * request_key is mostly a holder of a container descriptor, as a supervisor would be, so that
 * the keyrings it fills are the ones it requests from and attaches to its containers.
 */
final class KeyModelOps {
    /** A key to add or request: its type, description and payload (null for none). */
    record KeyArg(String type, String desc, String payload) {
        @Override
        public String toString() {
            return "\"" + type + "\" \"" + desc + "\"" + (payload == null ? "" : " \"" + payload + "\"");
        }
    }

    static final KeyArg[] KEYS = {new KeyArg("user", "k1", "v1"), new KeyArg("user", "k1", "v2"),
        new KeyArg("user", "k2", null), new KeyArg("logon", "k1", "x"), new KeyArg("keyring", "r1", null),
        new KeyArg("keyring", "r2", null), new KeyArg("bogus", "k", "v"), new KeyArg("user", "", "v")};

    /** request_key's type and description: keys the steps add, a miss, and the rings created on demand. */
    static final KeyArg[] REQUESTS = {new KeyArg("user", "k1", null), new KeyArg("user", "k2", null),
        new KeyArg("logon", "k1", null), new KeyArg("keyring", "r1", null), new KeyArg("user", "zz", null),
        new KeyArg("keyring", ".container", null), new KeyArg("user", "k1", null)};

    /** add_key's destinations by pick: @t, @p, @s, or a serial for the other picks. */
    private static final long[] SPECIAL = {Keyctl.KEY_SPEC_THREAD_KEYRING, Keyctl.KEY_SPEC_PROCESS_KEYRING,
        Keyctl.KEY_SPEC_SESSION_KEYRING};
    private static final String[] SPECIAL_NAMES = {"@t", "@p", "@s"};

    private KeyModelOps() {
    }

    /** A new entry; not ModelOps.op, so that building this list never initialises ModelOps (whose ALL reads it). */
    private static ModelOps.Op op(String name, int weight, ModelOps.Describe describe, ModelOps.Action action) {
        return new ModelOps.Op(name, weight, describe, action);
    }

    private static String dest(int pick) {
        return pick % 8 < SPECIAL.length ? SPECIAL_NAMES[pick % 8] : "key[" + pick + "]";
    }

    private static long dest(World w, int pick) {
        return pick % 8 < SPECIAL.length ? SPECIAL[pick % 8] : w.serial(pick);
    }

    /** OP-39 .. OP-44. */
    static final List<ModelOps.Op> OPS = List.of(
            op("add_key", 4, (a, b, c) -> t(a) + ", " + of(KEYS, c) + ", " + dest(b), (w, a, b, c) -> {
                KeyArg key = of(KEYS, c);
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.adoptSerial(w.k.keys().addKey(s, key.type(), key.desc(), key.payload(), dest(w, b)));
            }),
            op("keyctl_set_container_keyring", 2, (a, b, c) -> t(a) + ", c" + fd(b) + ", key[" + c + "]",
                    (w, a, b, c) -> {
                        Task s = w.holder(a, FileView.Kind.CONTAINER);
                        w.k.keys().keyctlSetContainerKeyring(s, w.cfd(s, b), w.serial(c));
                    }),
            op("container_add_key", 3, (a, b, c) -> t(a) + ", " + of(KEYS, c) + ", c" + fd(b), (w, a, b, c) -> {
                KeyArg key = of(KEYS, c);
                Task s = w.holder(a, FileView.Kind.CONTAINER);
                w.adoptSerial(w.k.keys().containerAddKey(s, key.type(), key.desc(), key.payload(), w.cfd(s, b)));
            }),
            op("request_key", 3, (a, b, c) -> t(a) + ", " + of(REQUESTS, c), (w, a, b, c) -> {
                KeyArg key = of(REQUESTS, c);
                w.adoptSerial(w.k.keys().requestKey(w.holder(a, FileView.Kind.CONTAINER), key.type(), key.desc()));
            }),
            op("keyq_create", 2, (a, b, c) -> t(a), (w, a, b, c) -> w.adopt(w.k.keys().keyqCreate(w.task(a)))),
            op("keyq_read", 2, (a, b, c) -> t(a) + ", keyq " + fd(b), (w, a, b, c) -> {
                Task s = w.holder(a, FileView.Kind.KEYQ);
                w.k.keys().keyqRead(s, w.fd(s, FileView.Kind.KEYQ, b));
            }));
}
