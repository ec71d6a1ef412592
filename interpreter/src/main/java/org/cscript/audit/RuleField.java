package org.cscript.audit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cscript.abi.Errno;
import org.cscript.abi.Unset;

/**
 * The {@code -F} fields of the filter rules and the operators each accepts: the table of
 * kernel-model.md §4.5 and the Linux fields {@code arch}, {@code perm}, {@code path} and
 * {@code dir} (auditctl.md). Each field knows how to read its rule value and its subject value.
 */
enum RuleField {
    PID("pid", Kind.ID32), PPID("ppid", Kind.ID32),
    UID("uid", Kind.USER_ID32), EUID("euid", Kind.USER_ID32), GID("gid", Kind.USER_ID32),
    AUID("auid", Kind.USER_ID32), SES("ses", Kind.USER_ID32),
    SUCCESS("success", Kind.FLAG), EXIT("exit", Kind.SIGNED64),
    ARCH("arch", Kind.ARCH), PERM("perm", Kind.PERM), PATH("path", Kind.PATH), DIR("dir", Kind.PATH),
    CONTID("contid", Kind.UNSIGNED64), CONTID_TREE("contid_tree", Kind.UNSIGNED64_TREE),
    MSGTYPE("msgtype", Kind.RECORD_TYPE);

    /** AUDIT_ARCH_X86_64, the only architecture the model's tasks run (SYSCALL arch=c000003e). */
    static final long ARCH_X86_64 = 0xc000003eL;
    /** AUDIT_ARCH_I386: 32-bit syscalls, which the model never makes. */
    static final long ARCH_I386 = 0x40000003L;

    /** The perm bits of the Linux ABI (AUDIT_PERM_*), in auditctl's print order r, w, x, a. */
    static final int PERM_READ = 4, PERM_WRITE = 2, PERM_EXEC = 1, PERM_ATTR = 8;

    /** How values are written and compared, and the operators the field allows. */
    private enum Kind {
        ID32(true), USER_ID32(true), FLAG(false, RuleOperator.EQUAL), SIGNED64(true),
        ARCH(false, RuleOperator.EQUAL, RuleOperator.NOT_EQUAL), PERM(false, RuleOperator.EQUAL),
        PATH(false, RuleOperator.EQUAL),
        UNSIGNED64(false, RuleOperator.EQUAL, RuleOperator.NOT_EQUAL), UNSIGNED64_TREE(false, RuleOperator.EQUAL),
        RECORD_TYPE(false, RuleOperator.EQUAL, RuleOperator.NOT_EQUAL);

        final Set<RuleOperator> operators;

        Kind(boolean allOperators, RuleOperator... some) {
            this.operators = allOperators ? EnumSet.allOf(RuleOperator.class) : EnumSet.copyOf(List.of(some));
        }
    }

    private final String fieldName;
    private final Kind kind;

    RuleField(String fieldName, Kind kind) {
        this.fieldName = fieldName;
        this.kind = kind;
    }

    String fieldName() {
        return fieldName;
    }

    boolean allows(RuleOperator op) {
        return kind.operators.contains(op);
    }

    /** The allowed operators for an error message, e.g. "= !=". */
    String allowedOperators() {
        return kind.operators.stream().map(RuleOperator::symbol).collect(Collectors.joining(" "));
    }

    boolean isMsgtype() {
        return kind == Kind.RECORD_TYPE;
    }

    /** path and dir: the value is a path, and the rule is a watch. */
    boolean isPath() {
        return kind == Kind.PATH;
    }

    /** Fields the kernel accepts on the exit list only (Linux: "can only be used with exit filter list"). */
    boolean exitOnly() {
        return kind == Kind.ARCH || kind == Kind.PERM || kind == Kind.PATH;
    }

    /** Fields whose values print as unsigned 64-bit decimals. */
    boolean unsigned64() {
        return kind == Kind.UNSIGNED64 || kind == Kind.UNSIGNED64_TREE;
    }

    static RuleField named(String name) {
        for (RuleField f : values()) {
            if (f.fieldName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Field names in table order (with key), for "unknown field" messages. */
    static String knownNames() {
        return Arrays.stream(values()).map(RuleField::fieldName).collect(Collectors.joining(", ")) + ", key";
    }

    /**
     * Parses the numeric rule value of the {@code -F} condition {@code token} (every field but
     * msgtype, path and dir): arch as its AUDIT_ARCH value, perm as its bits.
     *
     * @throws AuditRuleException with the reason, the field and the condition
     */
    long parseNumber(String text, String token) throws AuditRuleException {
        String where = " for field '" + fieldName + "' in -F " + token;
        return switch (kind) {
            case ID32 -> parseRange(text, 0, Unset.U32, "0..4294967295", where);
            // auditctl's idiom "-F auid!=-1" (and "unset") names the unset id 4294967295.
            case USER_ID32 -> text.equals("-1") || text.equalsIgnoreCase("unset")
                    ? Unset.U32 : parseRange(text, 0, Unset.U32, "0..4294967295, -1 or unset", where);
            case FLAG -> parseRange(text, 0, 1, "0 or 1", where);
            case SIGNED64 -> isErrnoName(text) ? parseErrno(text, where) : parseSigned(text, where);
            case UNSIGNED64, UNSIGNED64_TREE -> parseUnsigned(text, where);
            case ARCH -> parseArch(text, where);
            case PERM -> parsePerm(text, where);
            case PATH, RECORD_TYPE -> throw new IllegalStateException(fieldName + " has no numeric value");
        };
    }

    /** auditctl's machine names: b64 and b32 relative to x86_64, the machine names, or the AUDIT_ARCH number. */
    private static long parseArch(String text, String where) throws AuditRuleException {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "b64", "x86_64" -> {
                return ARCH_X86_64;
            }
            case "b32", "i386", "i486", "i586", "i686" -> {
                return ARCH_I386;
            }
            default -> {
                if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
                    long value = parseSigned(text, where);
                    if (value == ARCH_X86_64 || value == ARCH_I386) {
                        return value;
                    }
                    throw new AuditRuleException("elf mapping not found for '" + text
                            + "' (x86_64 is 0xc000003e, i386 0x40000003)" + where);
                }
                throw new AuditRuleException("machine type not found: '" + text
                        + "' (b64, b32, x86_64, i386 or an AUDIT_ARCH number)" + where);
            }
        }
    }

    /** auditctl's permissions: one to four of r, w, x, a (either case). */
    static int parsePerm(String text, String where) throws AuditRuleException {
        if (text.isEmpty() || text.length() > 4) {
            throw new AuditRuleException("permission '" + text + "' must be 1 to 4 of r, w, x, a" + where);
        }
        int bits = 0;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            bits |= switch (c) {
                case 'r' -> PERM_READ;
                case 'w' -> PERM_WRITE;
                case 'x' -> PERM_EXEC;
                case 'a' -> PERM_ATTR;
                default -> throw new AuditRuleException("permission can only contain 'rwxa', got '" + text + "'" + where);
            };
        }
        return bits;
    }

    /** auditctl also writes exit values as errno names: {@code -F exit=-EPERM}. */
    private static boolean isErrnoName(String text) {
        String name = text.startsWith("-") ? text.substring(1) : text;
        return name.length() > 1 && name.charAt(0) == 'E' && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static long parseErrno(String text, String where) throws AuditRuleException {
        boolean negative = text.startsWith("-");
        String name = negative ? text.substring(1) : text;
        for (Errno errno : Errno.values()) {
            if (errno.name().equals(name)) {
                return negative ? -errno.number() : errno.number();
            }
        }
        throw new AuditRuleException("unknown errno name '" + name + "' (the names are those of docs/builtins/constants.md)" + where);
    }

    private static long parseRange(String text, long min, long max, String allowed, String where)
            throws AuditRuleException {
        long value = parseSigned(text, where);
        if (value < min || value > max) {
            throw new AuditRuleException("value " + text + " is out of range (" + allowed + ")" + where);
        }
        return value;
    }

    private static long parseSigned(String text, String where) throws AuditRuleException {
        boolean negative = text.startsWith("-");
        String magnitude = negative ? text.substring(1) : text;
        try {
            long value = isHex(magnitude) ? Long.parseLong(magnitude.substring(2), 16) : parseDecimal(magnitude);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            throw badNumber(text, "a signed 64-bit decimal or 0x hex number", where);
        }
    }

    private static long parseUnsigned(String text, String where) throws AuditRuleException {
        try {
            if (text.startsWith("-") || text.startsWith("+")) {
                throw new NumberFormatException();
            }
            return isHex(text) ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw badNumber(text, "an unsigned 64-bit decimal or 0x hex number (0..18446744073709551615)", where);
        }
    }

    private static long parseDecimal(String digits) {
        // Long.parseLong alone would also accept "+5" and "-5"; the sign was handled by the caller.
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(digits);
        }
        return Long.parseLong(digits);
    }

    private static boolean isHex(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") && lower.length() > 2 && lower.substring(2).chars().allMatch(
                c -> Character.digit(c, 16) >= 0);
    }

    private static AuditRuleException badNumber(String text, String expected, String where) {
        return new AuditRuleException("bad value '" + text + "': expected " + expected + where);
    }

    /**
     * The subject's value for a three-way comparison with the rule value, or null when the field
     * cannot match this event (§4.5: subject fields on subject-less events; success/exit on
     * events without a returning syscall). Not used for msgtype, contid_tree and the watch fields.
     */
    Integer compare(FilterSubject s, long ruleValue) {
        return switch (this) {
            case SUCCESS, EXIT -> {
                if (s.syscall() == null || !s.syscall().returns()) {
                    yield null;
                }
                long actual = this == SUCCESS ? (s.success() ? 1 : 0) : s.exit();
                yield Long.compare(actual, ruleValue);
            }
            case ARCH -> s.syscall() == null ? null : Long.compare(ARCH_X86_64, ruleValue);
            case CONTID -> s.hasSubject() ? Long.compareUnsigned(s.contid(), ruleValue) : null;
            case PID, PPID, UID, EUID, GID, AUID, SES ->
                    s.hasSubject() ? Long.compare(subjectId(s), ruleValue) : null;
            case PERM, PATH, DIR, CONTID_TREE, MSGTYPE -> throw new IllegalStateException(fieldName + " is not compared");
        };
    }

    private long subjectId(FilterSubject s) {
        return switch (this) {
            case PID -> s.pid();
            case PPID -> s.ppid();
            case UID -> s.uid();
            case EUID -> s.euid();
            case GID -> s.gid();
            case AUID -> s.auid();
            case SES -> s.ses();
            default -> throw new IllegalStateException(fieldName + " is not a subject id");
        };
    }
}
