package org.cscript.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One audit record: a type and its fields in print order, values already encoded per
 * kernel-model.md §4.2. Timestamp and serial are attached only when the event is emitted (§4.4).
 *
 * <p>The fields are kept as the text they print as, {@code " name=value name=value"}, with the
 * bounds of each value: a record is built once and printed once, so numbers go straight into
 * that text and no per-field strings are made unless someone asks for a field.
 */
public final class AuditRecord {
    /** One {@code name=value} pair; the value is final text. */
    public record Field(String name, String value) {
    }

    private final RecordType type;
    /** {@code " n1=v1 n2=v2"}: the fields as printed, each after one space. */
    private final String body;
    private final String[] names;
    /** Start and end offsets in {@link #body} of field i's value: {@code bounds[2i]}, {@code bounds[2i+1]}. */
    private final int[] bounds;

    private AuditRecord(RecordType type, String body, String[] names, int[] bounds) {
        this.type = type;
        this.body = body;
        this.names = names;
        this.bounds = bounds;
    }

    /** Package-private: records are built by the {@link RecordCatalogue} implementations only. */
    static Builder of(RecordType type) {
        return new Builder(type);
    }

    public RecordType type() {
        return type;
    }

    /** How many fields the record prints. */
    public int fieldCount() {
        return names.length;
    }

    /** The name of field {@code i} (0-based, print order). */
    public String fieldName(int i) {
        return names[i];
    }

    /** The encoded value of field {@code i}. */
    public String fieldValue(int i) {
        return body.substring(bounds[2 * i], bounds[2 * i + 1]);
    }

    /** The fields in print order (made on request: the hot path never asks). */
    public List<Field> fields() {
        List<Field> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(new Field(names[i], fieldValue(i)));
        }
        return List.copyOf(out);
    }

    /** The encoded value of the first field with this name, or null. */
    public String value(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return fieldValue(i);
            }
        }
        return null;
    }

    /**
     * The §4.1 line (no trailing newline).
     *
     * @param upstreamNames audit.record_names = upstream: the v11 names and numbers
     * @param asAuditd      audit.type_text = auditd: the type as auditd 3.0.9 writes it ({@link RecordType#text})
     */
    public String format(boolean upstreamNames, boolean asAuditd, long clockMs, long serial) {
        StringBuilder sb = new StringBuilder(48 + body.length());
        appendTo(sb, type.text(upstreamNames, asAuditd), clockMs, serial);
        return sb.toString();
    }

    /** Appends the §4.1 line (no trailing newline) with the type printed as {@code typeText}. */
    public void appendTo(StringBuilder sb, String typeText, long clockMs, long serial) {
        sb.append("type=").append(typeText).append(" msg=audit(")
                .append(Long.divideUnsigned(clockMs, 1000)).append('.');
        long millis = Long.remainderUnsigned(clockMs, 1000);
        if (millis < 100) {
            sb.append(millis < 10 ? "00" : "0");
        }
        sb.append(millis).append(':').append(Long.toUnsignedString(serial)).append("):").append(body);
    }

    /** The audit "untrusted string" encoding (§4.2): quoted, or uppercase hex if unsafe. */
    public static String untrusted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendUntrusted(sb, s);
        return sb.toString();
    }

    private static void appendUntrusted(StringBuilder sb, String s) {
        if (isPrintableAscii(s)) {
            sb.append('"').append(s).append('"');
            return;
        }
        for (byte h : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(Character.toUpperCase(Character.forDigit((h >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(h & 0xf, 16)));
        }
    }

    /** Every character is printable ASCII other than '"' (so its UTF-8 bytes are the same). */
    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Collects fields in order with the §4.2 encodings, straight into the printed text. */
    public static final class Builder {
        private final RecordType type;
        private final StringBuilder body;
        private String[] names;
        private int[] bounds;
        private int count;

        private Builder(RecordType type) {
            this.type = type;
            // sized as the largest record of the type so far: no growing, no copy at build()
            SizeHint hint = HINTS[type.ordinal()];
            this.body = new StringBuilder(hint.bodyChars);
            this.names = new String[hint.fields];
            this.bounds = new int[2 * hint.fields];
        }

        /** A signed decimal integer. */
        public Builder num(String name, long v) {
            start(name).append(v);
            return end();
        }

        /** An unsigned 64-bit decimal (contids). */
        public Builder u64(String name, long v) {
            if (v >= 0) {
                start(name).append(v);
            } else {
                start(name).append(Long.toUnsignedString(v));
            }
            return end();
        }

        /** A user-supplied string (comm, exe, name, key). */
        public Builder str(String name, String v) {
            appendUntrusted(start(name), v);
            return end();
        }

        /** {@code 0x} + lowercase hex (flags, mark). */
        public Builder hex0x(String name, long v) {
            start(name).append("0x").append(Long.toHexString(v));
            return end();
        }

        /** Bare lowercase hex (a0-a3, arch). */
        public Builder hex(String name, long v) {
            if (v >= 0 && v < 10) {
                start(name).append((char) ('0' + v));   // the common a0-a3 of 0..9: no string
            } else {
                start(name).append(Long.toHexString(v));
            }
            return end();
        }

        /** Text that is no field, printed as is after one space (the {@code avc:  denied  { op } for} of AVC). */
        public Builder text(String words) {
            body.append(' ').append(words);
            return this;
        }

        /** A value printed as is. */
        public Builder raw(String name, String v) {
            start(name).append(v);
            return end();
        }

        private StringBuilder start(String name) {
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                bounds = Arrays.copyOf(bounds, count * 4);
            }
            names[count] = name;
            body.append(' ').append(name).append('=');
            bounds[2 * count] = body.length();
            return body;
        }

        private Builder end() {
            bounds[2 * count + 1] = body.length();
            count++;
            return this;
        }

        public AuditRecord build() {
            SizeHint hint = HINTS[type.ordinal()];
            hint.fields = Math.max(hint.fields, count);
            hint.bodyChars = Math.max(hint.bodyChars, body.length());
            return new AuditRecord(type, body.toString(), count == names.length ? names : Arrays.copyOf(names, count),
                    2 * count == bounds.length ? bounds : Arrays.copyOf(bounds, 2 * count));
        }
    }

    /**
     * The largest record of a type built so far, to size the next builder. Shared by every
     * kernel and thread: a race only costs a builder that grows once, never a different record.
     */
    private static final class SizeHint {
        int fields = 4;
        int bodyChars = 64;
    }

    private static final SizeHint[] HINTS = java.util.stream.Stream.generate(SizeHint::new)
            .limit(RecordType.values().length).toArray(SizeHint[]::new);
}
