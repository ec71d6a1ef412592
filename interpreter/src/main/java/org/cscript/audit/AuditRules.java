package org.cscript.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The audit filter lists of kernel-model.md §4.5 (state §1.10: {@code exit_rules},
 * {@code exclude_rules}) and Linux's user list (which the upstream series filters by contid too:
 * upstream-audit.md "Record types"), changed by auditctl text (OP-50) and consulted during event
 * assembly (§4.4 steps 1-3). Lists are ordered and the first matching rule wins; watches are exit rules.
 */
public final class AuditRules {

    /**
     * What an auditctl command asks of its caller besides the rule change: the {@code -l}
     * listing, or the {@code -e} state of auditing (OP-52), which the kernel holds.
     *
     * @param listing the rules as {@code auditctl -l} prints them, one per line; null unless {@code -l}
     * @param enable  the {@code -e} value; null unless {@code -e}
     */
    public record Outcome(String listing, Boolean enable) {
        static final Outcome CHANGED = new Outcome(null, null);
    }

    private final Map<AuditRule.FilterList, List<AuditRule>> lists = new EnumMap<>(AuditRule.FilterList.class);
    private final List<AuditRule> exitRules = list(AuditRule.FilterList.EXIT);
    private final List<AuditRule> excludeRules = list(AuditRule.FilterList.EXCLUDE);
    private final List<AuditRule> userRules = list(AuditRule.FilterList.USER);

    private List<AuditRule> list(AuditRule.FilterList which) {
        return lists.computeIfAbsent(which, w -> new ArrayList<>());
    }

    /** {@link #apply(String, WatchResolver)} without a filesystem: watches bind nothing. */
    public Outcome apply(String auditctlText) throws AuditRuleException {
        return apply(auditctlText, WatchResolver.DETACHED);
    }

    /**
     * Applies one auditctl command: {@code -a} appends a rule ({@code -a always,exit} or
     * {@code -a exit,always}), {@code -A} prepends one, {@code -w} appends a watch, {@code -d}
     * and {@code -W} delete the first identical rule, {@code -D} clears both lists (or, with
     * {@code -k}, the rules whose key contains it), {@code -l} lists them, {@code -e} is handed
     * back to the caller. Nothing changes when it throws.
     *
     * @param watches how the paths of watch rules resolve now (the administrator's view)
     * @throws AuditRuleException malformed rule (EINVAL); {@code -d} or {@code -W} of a missing
     *                            rule, or a watch whose directory does not exist (ENOENT)
     */
    public Outcome apply(String auditctlText, WatchResolver watches) throws AuditRuleException {
        AuditRuleParser.Command command = AuditRuleParser.parse(auditctlText, watches);
        switch (command.verb()) {
            case CLEAR -> {
                String key = command.keyFilter();
                lists.values().forEach(l -> l.removeIf(r -> key == null || r.keyContains(key)));
                return Outcome.CHANGED;
            }
            case LIST -> {
                return new Outcome(RuleListing.of(lists.values(), command.keyFilter(), command.interpret()),
                        null);
            }
            case ENABLE -> {
                return new Outcome(null, command.enable());
            }
            default -> {
                AuditRule rule = command.rule();
                List<AuditRule> list = lists.get(rule.list());
                switch (command.verb()) {
                    // Identical rules may coexist: §4.5/OP-50 define no EEXIST, and "-d" removes the first.
                    case APPEND -> list.add(rule);
                    case PREPEND -> list.addFirst(rule);
                    case DELETE -> delete(list, rule);
                    default -> throw new IllegalStateException("handled above: " + command.verb());
                }
                return Outcome.CHANGED;
            }
        }
    }

    private static void delete(List<AuditRule> list, AuditRule rule) throws AuditRuleException {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).sameRule(rule)) {
                list.remove(i);
                return;
            }
        }
        throw new AuditRuleException("no such rule to delete: " + rule.text()
                + (list.isEmpty() ? " (the " + rule.list().name().toLowerCase(java.util.Locale.ROOT) + " list is empty)" : ""),
                true);
    }

    /** The first rule of the exit list that matches the event (§4.4 step 2), or null. */
    public AuditRule firstExitMatch(FilterSubject s) {
        for (AuditRule rule : exitRules) {
            if (rule.matches(s, null, false)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * Whether a record of the event survives the exclude list (§4.4 steps 1 and 3): the first
     * matching rule decides (never: drop, always: keep); no match keeps it.
     *
     * @param recordType the record's type; a msgtype rule by name matches it under either name (§4.3)
     * @param upstreamNames the naming the record is numbered by, for a msgtype rule by number
     */
    public boolean keepRecord(FilterSubject s, RecordType recordType, boolean upstreamNames) {
        return firstDecides(excludeRules, s, recordType, upstreamNames);
    }

    /**
     * Whether a message from user space is logged at all: Linux's user list (audit_filter with
     * AUDIT_FILTER_USER, called from audit_receive_msg), the first matching rule deciding as on
     * the exclude list; the fields are the sender's.
     */
    public boolean keepUserMessage(FilterSubject sender, RecordType recordType, boolean upstreamNames) {
        return firstDecides(userRules, sender, recordType, upstreamNames);
    }

    private static boolean firstDecides(List<AuditRule> rules, FilterSubject s, RecordType recordType,
            boolean upstreamNames) {
        for (AuditRule rule : rules) {
            if (rule.matches(s, recordType, upstreamNames)) {
                return rule.action() == AuditRule.Action.ALWAYS;
            }
        }
        return true;
    }

    /** The exit list in order (a snapshot). */
    public List<AuditRule> exitRules() {
        return List.copyOf(exitRules);
    }

    /** The exclude list in order (a snapshot). */
    public List<AuditRule> excludeRules() {
        return List.copyOf(excludeRules);
    }
}
