package org.cscript.audit;

import org.cscript.abi.Syscall;

/**
 * One {@code -F field<op>value} of a filter rule (kernel-model.md §4.5; auditctl.md for arch,
 * perm, path and dir).
 *
 * @param number the numeric value: arch as AUDIT_ARCH, perm as its bits, msgtype given as a number
 *               (unused for path, dir and msgtype by name)
 * @param type   for msgtype by name: the record type, resolved from either name when the rule is
 *               parsed; null for a number and the other fields
 * @param text   for msgtype: the record type as written (upper case), kept for the rule text; for path
 *               and dir: the path; else null
 * @param target for path and dir: what the kernel bound the rule to when it was added
 *               ({@link WatchTarget#NOTHING} for a rule that is only compared, as by "-d")
 */
record RuleCondition(RuleField field, RuleOperator op, long number, RecordType type, String text,
        WatchTarget target) {

    static RuleCondition numeric(RuleField field, RuleOperator op, long number) {
        return new RuleCondition(field, op, number, null, null, null);
    }

    /**
     * Same condition for "-d": msgtype compares the record type, so the seed and upstream names
     * of one type (CONTAINER / CONTAINER_OP) are the same rule, like numbers in the kernel; path
     * and dir compare the path text, as the kernel does.
     */
    boolean sameAs(RuleCondition other) {
        return field == other.field && op == other.op && number == other.number && type == other.type
                && (!field.isPath() || text.equals(other.text));
    }

    /**
     * Whether the condition holds for the event (and, on the exclude list, the record type).
     *
     * @param recordType the type of the record being filtered; null on the exit list
     * @param upstreamNames the naming the record is numbered by (audit.record_names), for msgtype numbers
     */
    boolean matches(FilterSubject s, RecordType recordType, boolean upstreamNames) {
        switch (field) {
            case MSGTYPE -> {
                boolean same = type != null ? recordType == type
                        : recordType != null && recordType.number(upstreamNames) == number;
                return recordType != null && op.holds(same ? 0 : 1);
            }
            case CONTID_TREE -> {
                return s.hasSubject() && s.contidInTree(number);
            }
            case PERM -> {
                return s.syscall() != null && (access(s) & number) != 0;
            }
            case PATH, DIR -> {
                for (PathName n : s.names()) {
                    if (target.covers(n)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                Integer comparison = field.compare(s, number);
                return comparison != null && op.holds(comparison);
            }
        }
    }

    /**
     * The perm bits the event's syscall exercises, as the kernel's audit_match_perm() classes
     * them: openat by the access mode of its flags (a2: O_RDONLY r, O_WRONLY w, O_RDWR rw;
     * O_CREAT adds nothing), execve x, mkdirat and mknodat w (the "write" class of directory
     * changes). No modelled syscall is in the attribute-change or read classes.
     */
    static int access(FilterSubject s) {
        Syscall call = s.syscall();
        if (call == null) {
            return 0;
        }
        return switch (call) {
            case OPENAT -> switch ((int) (s.arg(2) & 3)) {
                case 0 -> RuleField.PERM_READ;
                case 1 -> RuleField.PERM_WRITE;
                default -> RuleField.PERM_READ | RuleField.PERM_WRITE;
            };
            case EXECVE -> RuleField.PERM_EXEC;
            case MKDIRAT, MKNODAT -> RuleField.PERM_WRITE;
            default -> 0;
        };
    }
}
