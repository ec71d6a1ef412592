package org.cscript.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cscript.abi.Syscall;

/**
 * One filter rule of the exit or exclude list (kernel-model.md §4.5), immutable. Its
 * {@link #text()} is canonical: {@code -a always,exit -S clone,execve -F contid=5 -k k}, with
 * syscalls by name in number order and numbers in decimal; applying the text again gives an
 * identical rule.
 */
public final class AuditRule {

    /** The action of a matching rule. */
    public enum Action { ALWAYS, NEVER }

    /** The rule list: exit (decides SYSCALL records) or exclude (filters every record). */
    public enum FilterList { EXIT, EXCLUDE }

    private final FilterList list;
    private final Action action;
    private final List<Syscall> syscalls;
    private final List<RuleCondition> conditions;
    private final String key;

    AuditRule(FilterList list, Action action, List<Syscall> syscalls, List<RuleCondition> conditions, String key) {
        this.list = list;
        this.action = action;
        this.syscalls = List.copyOf(syscalls);
        this.conditions = List.copyOf(conditions);
        this.key = key;
    }

    public FilterList list() {
        return list;
    }

    public Action action() {
        return action;
    }

    /** The {@code -k} key, or null if the rule has none (records then print {@code key=(null)}). */
    public String key() {
        return key;
    }

    /** The canonical auditctl form of the rule. */
    public String text() {
        StringBuilder text = new StringBuilder("-a ")
                .append(action.name().toLowerCase(Locale.ROOT)).append(',').append(list.name().toLowerCase(Locale.ROOT));
        if (!syscalls.isEmpty()) {
            text.append(" -S ").append(syscalls.stream().map(Syscall::syscallName).collect(Collectors.joining(",")));
        }
        for (RuleCondition c : conditions) {
            text.append(" -F ").append(c.text());
        }
        if (key != null) {
            text.append(" -k ").append(quoteIfNeeded(key));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** The rule's -S set and every -F condition match (exit list; no -S = every syscall). */
    boolean matches(FilterSubject s, RecordType recordType) {
        if (!syscalls.isEmpty() && (s.syscall() == null || !syscalls.contains(s.syscall()))) {
            return false;
        }
        for (RuleCondition c : conditions) {
            if (!c.matches(s, recordType)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identity "-d" looks for: same list, action, syscall set, conditions in the same order
     * (the kernel compares fields position by position) and key.
     */
    boolean sameRule(AuditRule other) {
        if (list != other.list || action != other.action || !syscalls.equals(other.syscalls)
                || conditions.size() != other.conditions.size()
                || !Objects.equals(key, other.key)) {
            return false;
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).sameAs(other.conditions.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String quoteIfNeeded(String key) {
        if (!key.isEmpty() && key.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            return key;
        }
        return key.indexOf('"') < 0 ? '"' + key + '"' : "'" + key + "'";
    }
}
