package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A key or keyring (kernel-model.md §1.8). Keys are never destroyed in the model, so a serial
 * always names the same key (invariant 5: serials are never reused).
 */
final class Key {
    /** The key types of §1.8. */
    enum Type {
        USER, LOGON, KEYRING;

        /** The type's name as add_key takes it ("user"). */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type named {@code name}, or null if the model has no such type (ENODEV). */
        static Type of(String name) {
            for (Type t : values()) {
                if (t.label().equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    final long serial;
    final Type type;
    final String desc;
    /** The payload of a user or logon key (updated in place by add_key); null for keyrings. */
    String payload;
    /** A keyring's links in the order they were made; null for other types. */
    final List<Key> links;

    Key(long serial, Type type, String desc, String payload) {
        this.serial = serial;
        this.type = type;
        this.desc = desc;
        this.payload = type == Type.KEYRING ? null : payload;
        this.links = type == Type.KEYRING ? new ArrayList<>() : null;
    }

    boolean isKeyring() {
        return type == Type.KEYRING;
    }

    boolean matches(String typeName, String description) {
        return type.label().equals(typeName) && desc.equals(description);
    }

    @Override
    public String toString() {
        return type.label() + " key " + serial + " \"" + desc + "\"";
    }
}
