package org.cscript.audit;

import java.math.BigInteger;
import java.util.Locale;

/** One {@code -F field op value} condition of an audit rule (kernel-model.md §4.5 field table). */
record RuleField(Name name, Op op, long number, String text) {

    enum Name {
        PID, PPID, UID, EUID, GID, AUID, SES, SUCCESS, EXIT, CONTID, CONTID_TREE, MSGTYPE;

        static Name lookup(String s) {
            for (Name n : values()) {
                if (n.name().toLowerCase(Locale.ROOT).equals(s)) {
                    return n;
                }
            }
            return null;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Op {
        NE("!="), LE("<="), GE(">="), EQ("="), LT("<"), GT(">");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean test(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case GT -> cmp > 0;
                case LE -> cmp <= 0;
                case GE -> cmp >= 0;
            };
        }
    }

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Parses {@code field<op>value}; the list decides whether msgtype is allowed. */
    static RuleField parse(String spec, boolean exitList) throws AuditRuleException {
        int at = -1;
        Op op = null;
        for (int i = 0; i < spec.length() && op == null; i++) {
            for (Op o : Op.values()) {
                if (spec.startsWith(o.symbol, i)) {
                    at = i;
                    op = o;
                    break;
                }
            }
        }
        if (op == null || at == 0) {
            throw new AuditRuleException("malformed field '" + spec + "' (expected field<op>value)", false);
        }
        String fieldName = spec.substring(0, at);
        String value = spec.substring(at + op.symbol.length());
        Name name = Name.lookup(fieldName);
        if (name == null) {
            throw new AuditRuleException("unknown field '" + fieldName
                    + "' (allowed: pid ppid uid euid gid auid ses success exit contid contid_tree msgtype)", false);
        }
        if (value.isEmpty()) {
            throw new AuditRuleException("field '" + fieldName + "' has no value", false);
        }
        switch (name) {
            case MSGTYPE -> {
                if (exitList) {
                    throw new AuditRuleException("msgtype is only allowed on the exclude list", false);
                }
                requireOps(name, op, Op.EQ, Op.NE);
                if (!knownTypeName(value)) {
                    throw new AuditRuleException("unknown record type '" + value + "'", false);
                }
                return new RuleField(name, op, 0, value);
            }
            case SUCCESS -> {
                requireOps(name, op, Op.EQ);
                long v = switch (value) {
                    case "1", "yes" -> 1;
                    case "0", "no" -> 0;
                    default -> throw new AuditRuleException("success takes 0|1|yes|no, not '" + value + "'", false);
                };
                return new RuleField(name, op, v, null);
            }
            case CONTID, CONTID_TREE -> {
                if (name == Name.CONTID_TREE) {
                    requireOps(name, op, Op.EQ);
                } else {
                    requireOps(name, op, Op.EQ, Op.NE);
                }
                return new RuleField(name, op, parseU64(name, value), null);
            }
            default -> {
                try {
                    return new RuleField(name, op, Long.parseLong(value), null);
                } catch (NumberFormatException e) {
                    throw new AuditRuleException("field " + name.label() + " needs an integer, not '" + value + "'",
                            false);
                }
            }
        }
    }

    private static long parseU64(Name name, String value) throws AuditRuleException {
        try {
            BigInteger v = new BigInteger(value);
            if (v.signum() < 0 || v.compareTo(U64_MAX) > 0) {
                throw new NumberFormatException();
            }
            return v.longValue();
        } catch (NumberFormatException e) {
            throw new AuditRuleException("field " + name.label() + " needs a u64, not '" + value + "'", false);
        }
    }

    private static void requireOps(Name name, Op op, Op... allowed) throws AuditRuleException {
        StringBuilder list = new StringBuilder();
        for (Op a : allowed) {
            if (a == op) {
                return;
            }
            list.append(' ').append(a.symbol);
        }
        throw new AuditRuleException("field " + name.label() + " allows only:" + list, false);
    }

    private static boolean knownTypeName(String s) {
        for (RecordType t : RecordType.values()) {
            if (t.printedName(false).equals(s) || t.printedName(true).equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Subject fields never match subject-less events; success/exit never match non-returning calls. */
    boolean matches(FilterSubject s, String recordTypeName) {
        switch (name) {
            case MSGTYPE -> {
                return recordTypeName != null && op.test(recordTypeName.equals(text) ? 0 : 1);
            }
            case SUCCESS, EXIT -> {
                if (!s.hasSubject() || s.syscall() == null || !s.syscall().returns()) {
                    return false;
                }
                long actual = name == Name.SUCCESS ? (s.success() ? 1 : 0) : s.exit();
                return op.test(Long.compare(actual, number));
            }
            default -> {
                if (!s.hasSubject()) {
                    return false;
                }
                return switch (name) {
                    case CONTID -> op.test(s.contid() == number ? 0 : 1);
                    case CONTID_TREE -> s.contidInTree(number);
                    default -> op.test(Long.compare(subjectValue(s), number));
                };
            }
        }
    }

    private long subjectValue(FilterSubject s) {
        return switch (name) {
            case PID -> s.pid();
            case PPID -> s.ppid();
            case UID -> s.uid();
            case EUID -> s.euid();
            case GID -> s.gid();
            case AUID -> s.auid();
            case SES -> s.ses();
            default -> throw new IllegalStateException(name.toString());
        };
    }
}
