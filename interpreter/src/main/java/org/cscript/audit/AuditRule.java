package org.cscript.audit;

import java.util.List;
import org.cscript.abi.Syscall;

/**
 * One filter rule of the exit or exclude list (kernel-model.md §4.5), immutable. A watch
 * ({@code -w}) is an exit rule with a {@code path} or {@code dir} condition and a {@code perm}
 * one, as in Linux. Its {@link #text()} is the line {@code auditctl -l} prints for it
 * ({@code -a always,exit -F arch=b64 -S execve -F key=web}, {@code -w /etc/passwd -p wa -k k}).
 */
public final class AuditRule {

    /** The action of a matching rule. */
    public enum Action { ALWAYS, NEVER }

    /** The rule list: exit (decides SYSCALL records) or exclude (filters every record). */
    /**
     * The modelled filter lists, in the kernel's list-number order (AUDIT_FILTER_USER 0, EXIT 4,
     * EXCLUDE 5), which is the order {@code auditctl -l} lists them in.
     */
    public enum FilterList { USER, EXIT, EXCLUDE }

    /** auditctl joins the keys of one rule with this byte (AUDIT_KEY_SEPARATOR) into one key field. */
    public static final char KEY_SEPARATOR = '\u0001';

    private final FilterList list;
    private final Action action;
    private final List<Syscall> syscalls;
    private final List<RuleCondition> conditions;
    private final List<String> keys;

    /** {@code syscalls} in number order, empty for all (the exit list's "-S all"; always empty on the exclude list). */
    AuditRule(FilterList list, Action action, List<Syscall> syscalls, List<RuleCondition> conditions,
            List<String> keys) {
        this.list = list;
        this.action = action;
        this.syscalls = List.copyOf(syscalls);
        this.conditions = List.copyOf(conditions);
        this.keys = List.copyOf(keys);
    }

    public FilterList list() {
        return list;
    }

    public Action action() {
        return action;
    }

    /**
     * The key the SYSCALL record prints: the rule's keys joined with {@link #KEY_SEPARATOR}, or
     * null if it has none (records then print {@code key=(null)}).
     */
    public String key() {
        return keys.isEmpty() ? null : String.join(String.valueOf(KEY_SEPARATOR), keys);
    }

    /** The keys in the order they were given. */
    public List<String> keys() {
        return keys;
    }

    /** The line {@code auditctl -l} prints for the rule. */
    public String text() {
        return RuleListing.line(this, false);
    }

    @Override
    public String toString() {
        return text();
    }

    List<Syscall> syscalls() {
        return syscalls;
    }

    List<RuleCondition> conditions() {
        return conditions;
    }

    /**
     * Whether auditctl lists the rule as a watch ({@code -w PATH -p PERM -k KEY}): an exit rule
     * for all syscalls with a perm condition and no conditions but perm, path and dir. Unlike
     * auditctl 3.0.9, which then prints a rule without a path as a bare {@code -p}, the model
     * also requires the path.
     */
    boolean listsAsWatch() {
        if (list != FilterList.EXIT || !syscalls.isEmpty()) {
            return false;
        }
        boolean perm = false;
        boolean path = false;
        for (RuleCondition c : conditions) {
            if (c.field() != RuleField.PERM && !c.field().isPath()) {
                return false;
            }
            perm |= c.field() == RuleField.PERM;
            path |= c.field().isPath();
        }
        return perm && path;
    }

    /** Whether the rule watches a path or a tree: the events it selects carry CWD and PATH records. */
    boolean watchesPaths() {
        return conditions.stream().anyMatch(c -> c.field().isPath());
    }

    /** Whether the joined key contains {@code text} ({@code -l -k} and {@code -D -k} select rules so, as auditctl does). */
    boolean keyContains(String text) {
        String key = key();
        return key != null && key.contains(text);
    }

    /**
     * The rule's -S set and every -F condition match (exit list; no -S = every syscall).
     *
     * @param recordType the record filtered by the exclude or user list; null on the exit list
     * @param upstreamNames the naming records are numbered by (msgtype given as a number)
     */
    boolean matches(FilterSubject s, RecordType recordType, boolean upstreamNames) {
        if (!syscalls.isEmpty() && (s.syscall() == null || !syscalls.contains(s.syscall()))) {
            return false;
        }
        for (RuleCondition c : conditions) {
            if (!c.matches(s, recordType, upstreamNames)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identity "-d" and "-W" look for: same list, action, syscall set, conditions in the same
     * order (the kernel compares fields position by position) and key.
     */
    boolean sameRule(AuditRule other) {
        if (list != other.list || action != other.action || !syscalls.equals(other.syscalls)
                || conditions.size() != other.conditions.size() || !keys.equals(other.keys)) {
            return false;
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).sameAs(other.conditions.get(i))) {
                return false;
            }
        }
        return true;
    }
}
