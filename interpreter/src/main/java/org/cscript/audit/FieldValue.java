package org.cscript.audit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed value of a record field for the JSON form of a trace ({@link TraceJson}), decoded
 * from the text the field prints (docs/records.md, Value encodings; docs/json.md): a number
 * ({@link BigInteger}) where the field's format is numeric, a string otherwise, null for a
 * missing key ({@code key=(null)}). The rule reads the field's name and its printed text only,
 * so a trace converted from text gets the same values as one the kernel writes as JSON.
 */
final class FieldValue {
    /** The audit "untrusted string" fields: quoted, or bare uppercase hex of their UTF-8 bytes. */
    static final Set<String> UNTRUSTED = Set.of("comm", "exe", "name", "key", "cwd", "ocomm");
    /** Bare lowercase hex without 0x: the syscall arguments and the architecture. */
    static final Set<String> BARE_HEX = Set.of("a0", "a1", "a2", "a3", "arch");

    private static final Pattern UPPER_HEX = Pattern.compile("(?:[0-9A-F]{2})+");
    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]{1,16}");
    private static final Pattern HEX_0X = Pattern.compile("0x[0-9a-f]{1,16}");
    private static final Pattern OCTAL = Pattern.compile("0[0-7]{1,21}");
    /** A decimal integer as the kernel prints one: no leading zero, no "-0", no '+'. */
    private static final Pattern DECIMAL = Pattern.compile("0|-?[1-9][0-9]{0,19}");

    private FieldValue() {
    }

    /**
     * The value of field {@code name} printed as {@code raw}:
     * <ul>
     * <li>{@code "..."} or {@code '...'} (quoted strings, USER's {@code msg='...'}): the text inside;
     * <li>an untrusted-string field: {@code (null)} is null, bare uppercase hex its UTF-8 text;
     * <li>{@code a0}-{@code a3} and {@code arch} in bare hex, any {@code 0x} hex ({@code flags},
     *     {@code mark}), {@code mode} in octal with its leading 0, and decimal integers: the number;
     * <li>anything else ({@code op}, {@code nsdev=00:04}, {@code tty=(none)}, {@code success=yes},
     *     an address, a contid list or chain): the text as printed.
     * </ul>
     */
    static Object of(String name, String raw) {
        int n = raw.length();
        if (n >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'') && raw.charAt(n - 1) == raw.charAt(0)) {
            return raw.substring(1, n - 1);
        }
        if (UNTRUSTED.contains(name)) {
            if (raw.equals("(null)")) {
                return null;
            }
            if (UPPER_HEX.matcher(raw).matches()) {
                return new String(HexFormat.of().parseHex(raw), StandardCharsets.UTF_8);
            }
            return raw;
        }
        if (BARE_HEX.contains(name) && LOWER_HEX.matcher(raw).matches()) {
            return new BigInteger(raw, 16);
        }
        if (HEX_0X.matcher(raw).matches()) {
            return new BigInteger(raw.substring(2), 16);
        }
        if (name.equals("mode") && OCTAL.matcher(raw).matches()) {
            return new BigInteger(raw, 8);
        }
        if (DECIMAL.matcher(raw).matches()) {
            return new BigInteger(raw);
        }
        return raw;
    }
}
