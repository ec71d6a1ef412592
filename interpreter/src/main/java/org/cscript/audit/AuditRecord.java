package org.cscript.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One audit record: a type and its fields in print order, values already encoded per
 * kernel-model.md §4.2. Timestamp and serial are attached only when the event is emitted (§4.4).
 */
public final class AuditRecord {
    /** One {@code name=value} pair; the value is final text. */
    public record Field(String name, String value) {
    }

    private final RecordType type;
    private final List<Field> fields;

    private AuditRecord(RecordType type, List<Field> fields) {
        this.type = type;
        this.fields = Collections.unmodifiableList(fields);
    }

    /** Package-private: records are built by the {@link RecordCatalogue} implementations only. */
    static Builder of(RecordType type) {
        return new Builder(type);
    }

    public RecordType type() {
        return type;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The encoded value of the first field with this name, or null. */
    public String value(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f.value();
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
        StringBuilder sb = new StringBuilder(160);
        sb.append("type=").append(type.text(upstreamNames, asAuditd)).append(" msg=audit(")
                .append(Long.divideUnsigned(clockMs, 1000)).append('.');
        long millis = Long.remainderUnsigned(clockMs, 1000);
        if (millis < 100) {
            sb.append(millis < 10 ? "00" : "0");
        }
        sb.append(millis).append(':').append(Long.toUnsignedString(serial)).append("):");
        for (Field f : fields) {
            sb.append(' ').append(f.name()).append('=').append(f.value());
        }
        return sb.toString();
    }

    /** The audit "untrusted string" encoding (§4.2): quoted, or uppercase hex if unsafe. */
    public static String untrusted(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v == '"' || v < 0x21 || v > 0x7e) {
                StringBuilder hex = new StringBuilder(bytes.length * 2);
                for (byte h : bytes) {
                    hex.append(Character.toUpperCase(Character.forDigit((h >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(h & 0xf, 16)));
                }
                return hex.toString();
            }
        }
        return '"' + s + '"';
    }

    /** Collects fields in order with the §4.2 encodings. */
    public static final class Builder {
        private final RecordType type;
        private final List<Field> fields = new ArrayList<>();

        private Builder(RecordType type) {
            this.type = type;
        }

        /** A signed decimal integer. */
        public Builder num(String name, long v) {
            return raw(name, Long.toString(v));
        }

        /** An unsigned 64-bit decimal (contids). */
        public Builder u64(String name, long v) {
            return raw(name, Long.toUnsignedString(v));
        }

        /** A user-supplied string (comm, exe, name, key). */
        public Builder str(String name, String v) {
            return raw(name, untrusted(v));
        }

        /** {@code 0x} + lowercase hex (flags, mark). */
        public Builder hex0x(String name, long v) {
            return raw(name, "0x" + Long.toHexString(v));
        }

        /** Bare lowercase hex (a0-a3, arch). */
        public Builder hex(String name, long v) {
            return raw(name, Long.toHexString(v));
        }

        /** A value printed as is. */
        public Builder raw(String name, String v) {
            fields.add(new Field(name, v));
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(type, new ArrayList<>(fields));
        }
    }
}
