package org.cscript.audit;

import java.util.List;
import java.util.Set;

/**
 * One parsed auditctl rule (kernel-model.md §4.5). Two rules are identical (for {@code -d})
 * when list, action, syscalls, fields and key are equal.
 */
public final class AuditRule {
    public enum Action { ALWAYS, NEVER }

    /** The two rule lists. */
    enum ListName { EXIT, EXCLUDE }

    private final ListName list;
    private final Action action;
    private final Set<Syscall> syscalls;
    private final List<RuleField> fields;
    private final String key;

    AuditRule(ListName list, Action action, Set<Syscall> syscalls, List<RuleField> fields, String key) {
        this.list = list;
        this.action = action;
        this.syscalls = Set.copyOf(syscalls);
        this.fields = List.copyOf(fields);
        this.key = key;
    }

    public Action action() {
        return action;
    }

    /** null if none. */
    public String key() {
        return key;
    }

    ListName list() {
        return list;
    }

    /** Exit-list match: syscall (no -S = all) and every field. */
    boolean matchesExit(FilterSubject s) {
        if (!syscalls.isEmpty() && (s.syscall() == null || !syscalls.contains(s.syscall()))) {
            return false;
        }
        return fieldsMatch(s, null);
    }

    /** Exclude-list match for one record. */
    boolean matchesRecord(FilterSubject s, String recordTypeName) {
        return fieldsMatch(s, recordTypeName);
    }

    private boolean fieldsMatch(FilterSubject s, String recordTypeName) {
        for (RuleField f : fields) {
            if (!f.matches(s, recordTypeName)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditRule r && r.list == list && r.action == action && r.syscalls.equals(syscalls)
                && r.fields.equals(fields) && java.util.Objects.equals(r.key, key);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(list, action, syscalls, fields, key);
    }
}
