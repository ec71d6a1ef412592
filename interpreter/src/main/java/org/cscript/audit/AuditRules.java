package org.cscript.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The exit and exclude rule lists with an auditctl-like command language (kernel-model.md §4.5,
 * OP-50): {@code -a list,action} or {@code -a action,list}, {@code -S name|number},
 * {@code -F field op value}, {@code -k key}; {@code -d <rule>} deletes the first identical rule;
 * {@code -D} clears both lists.
 */
public final class AuditRules {
    private final List<AuditRule> exitRules = new ArrayList<>();
    private final List<AuditRule> excludeRules = new ArrayList<>();

    public void apply(String auditctlText) throws AuditRuleException {
        List<String> words = tokenize(auditctlText);
        if (words.isEmpty()) {
            throw new AuditRuleException("empty rule", false);
        }
        if (words.size() == 1 && words.get(0).equals("-D")) {
            exitRules.clear();
            excludeRules.clear();
            return;
        }
        String verb = words.get(0);
        if (!verb.equals("-a") && !verb.equals("-d")) {
            throw new AuditRuleException("a rule starts with -a, -d or is -D, not '" + verb + "'", false);
        }
        AuditRule rule = parseRule(words.subList(1, words.size()));
        List<AuditRule> list = rule.list() == AuditRule.ListName.EXIT ? exitRules : excludeRules;
        if (verb.equals("-a")) {
            list.add(rule);
        } else if (!list.remove(rule)) {
            throw new AuditRuleException("no such rule", true);
        }
    }

    /** The first exit rule matching the event, or null. */
    public AuditRule firstExitMatch(FilterSubject s) {
        for (AuditRule r : exitRules) {
            if (r.matchesExit(s)) {
                return r;
            }
        }
        return null;
    }

    /** Exclude list: first match decides (never drops), no match keeps. */
    public boolean keepRecord(FilterSubject s, String recordTypeName) {
        for (AuditRule r : excludeRules) {
            if (r.matchesRecord(s, recordTypeName)) {
                return r.action() == AuditRule.Action.ALWAYS;
            }
        }
        return true;
    }

    private static AuditRule parseRule(List<String> w) throws AuditRuleException {
        if (w.isEmpty()) {
            throw new AuditRuleException("missing list,action after -a/-d", false);
        }
        String[] la = w.get(0).split(",", -1);
        if (la.length != 2) {
            throw new AuditRuleException("expected list,action (e.g. exit,always), not '" + w.get(0) + "'", false);
        }
        AuditRule.ListName list = listName(la[0]);
        AuditRule.Action action = actionName(la[1]);
        if (list == null && action == null) {
            list = listName(la[1]);
            action = actionName(la[0]);
        }
        if (list == null || action == null) {
            throw new AuditRuleException("expected list exit|exclude and action always|never, not '" + w.get(0)
                    + "'", false);
        }
        boolean exitList = list == AuditRule.ListName.EXIT;
        Set<Syscall> syscalls = new LinkedHashSet<>();
        List<RuleField> fields = new ArrayList<>();
        String key = null;
        for (int i = 1; i < w.size(); i += 2) {
            String opt = w.get(i);
            if (i + 1 >= w.size()) {
                throw new AuditRuleException("option " + opt + " needs a value", false);
            }
            String arg = w.get(i + 1);
            switch (opt) {
                case "-S" -> {
                    if (!exitList) {
                        throw new AuditRuleException("-S is only allowed on the exit list", false);
                    }
                    Syscall s = Syscall.lookup(arg);
                    if (s == null) {
                        throw new AuditRuleException("unknown syscall '" + arg + "'", false);
                    }
                    syscalls.add(s);
                }
                case "-F" -> fields.add(RuleField.parse(arg, exitList));
                case "-k" -> {
                    if (key != null) {
                        throw new AuditRuleException("only one -k key per rule", false);
                    }
                    key = arg;
                }
                default -> throw new AuditRuleException("unknown option '" + opt + "' (allowed: -S -F -k)", false);
            }
        }
        return new AuditRule(list, action, syscalls, fields, key);
    }

    private static AuditRule.ListName listName(String s) {
        return switch (s) {
            case "exit" -> AuditRule.ListName.EXIT;
            case "exclude" -> AuditRule.ListName.EXCLUDE;
            default -> null;
        };
    }

    private static AuditRule.Action actionName(String s) {
        return switch (s) {
            case "always" -> AuditRule.Action.ALWAYS;
            case "never" -> AuditRule.Action.NEVER;
            default -> null;
        };
    }

    /** Splits on blanks; double quotes group a word (for keys with spaces). */
    private static List<String> tokenize(String text) throws AuditRuleException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (cur == null) {
                    cur = new StringBuilder();
                }
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(c);
            }
        }
        if (quoted) {
            throw new AuditRuleException("unterminated quote", false);
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
