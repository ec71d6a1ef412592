package org.cscript.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cscript.abi.Syscall;

/**
 * Reads one auditctl command (kernel-model.md §4.5, OP-50): {@code -a}/{@code -A} add (append /
 * prepend), {@code -d} delete, {@code -D} clear. Options may come in any order, as in auditctl.
 * Every error is an {@link AuditRuleException} whose message names the offending token.
 */
final class AuditRuleParser {

    /** What the command does with its rule. */
    enum Verb { APPEND, PREPEND, DELETE, CLEAR_ALL }

    /** A parsed command; {@code rule} is null for {@link Verb#CLEAR_ALL}. */
    record Command(Verb verb, AuditRule rule) {
    }

    /** Linux AUDIT_MAX_KEY_LEN. */
    static final int MAX_KEY_LENGTH = 256;

    private final String source;
    private Verb verb;
    private String listAction;
    private String listActionOption;
    private final List<String> syscallTokens = new ArrayList<>();
    private final List<String> fieldTokens = new ArrayList<>();
    private String key;

    private AuditRuleParser(String source) {
        this.source = source;
    }

    static Command parse(String text) throws AuditRuleException {
        return new AuditRuleParser(text).parseCommand();
    }

    private Command parseCommand() throws AuditRuleException {
        List<String> tokens = RuleTokenizer.tokenize(source);
        if (tokens.isEmpty()) {
            throw new AuditRuleException("empty audit rule: expected -a list,action ..., -d list,action ... or -D");
        }
        for (int i = 0; i < tokens.size(); i++) {
            String option = tokens.get(i);
            switch (option) {
                case "-a", "-A", "-d" -> {
                    setVerb(option.equals("-a") ? Verb.APPEND : option.equals("-A") ? Verb.PREPEND : Verb.DELETE, option);
                    listAction = argument(tokens, ++i, option, "list,action (e.g. always,exit)");
                    listActionOption = option;
                }
                case "-D" -> setVerb(Verb.CLEAR_ALL, option);
                case "-S" -> syscallTokens.add(argument(tokens, ++i, option, "a syscall name or number"));
                case "-F" -> fieldTokens.add(argument(tokens, ++i, option, "field<op>value"));
                case "-k" -> {
                    if (key != null) {
                        throw new AuditRuleException("only one -k key per rule: " + source);
                    }
                    key = argument(tokens, ++i, option, "a key");
                }
                default -> throw new AuditRuleException("unexpected '" + option + "' in audit rule: " + source
                        + " (options: -a -A -d list,action, -D, -S syscall, -F field<op>value, -k key)");
            }
        }
        if (verb == null) {
            throw new AuditRuleException("missing -a list,action (or -d list,action, or -D) in audit rule: " + source);
        }
        if (verb == Verb.CLEAR_ALL) {
            if (tokens.size() > 1) {
                throw new AuditRuleException("-D takes no other options: " + source);
            }
            return new Command(verb, null);
        }
        return new Command(verb, buildRule());
    }

    private void setVerb(Verb newVerb, String option) throws AuditRuleException {
        if (verb != null) {
            throw new AuditRuleException("more than one of -a/-A/-d/-D in audit rule (second: " + option + "): " + source);
        }
        verb = newVerb;
    }

    private String argument(List<String> tokens, int index, String option, String what) throws AuditRuleException {
        // An option word where a list,action or syscall belongs means the argument is missing.
        boolean takesOptionLikeWords = option.equals("-F") || option.equals("-k");
        if (index >= tokens.size() || (!takesOptionLikeWords && tokens.get(index).startsWith("-"))) {
            throw new AuditRuleException(option + " needs " + what + ": " + source);
        }
        return tokens.get(index);
    }

    private AuditRule buildRule() throws AuditRuleException {
        String[] parts = listAction.split(",", -1);
        if (parts.length == 2 && (parts[0].isEmpty() || parts[1].isEmpty())) {
            throw new AuditRuleException(listActionOption + " needs one list and one action (e.g. always,exit), got '"
                    + listAction + "': " + source);
        }
        if (parts.length != 2) {
            throw new AuditRuleException(listActionOption + " needs list,action (e.g. always,exit), got '"
                    + listAction + "': " + source);
        }
        AuditRule.FilterList list = null;
        AuditRule.Action action = null;
        for (String part : parts) {
            switch (part) {
                case "exit", "exclude" -> {
                    if (list != null) {
                        throw new AuditRuleException("two lists in " + listActionOption + " " + listAction + ": " + source);
                    }
                    list = part.equals("exit") ? AuditRule.FilterList.EXIT : AuditRule.FilterList.EXCLUDE;
                }
                case "always", "never" -> {
                    if (action != null) {
                        throw new AuditRuleException("two actions in " + listActionOption + " " + listAction + ": " + source);
                    }
                    action = part.equals("always") ? AuditRule.Action.ALWAYS : AuditRule.Action.NEVER;
                }
                case "task", "user", "entry", "filesystem", "io_uring" -> throw new AuditRuleException(
                        "filter list '" + part + "' is not modelled (only exit and exclude): " + source);
                default -> throw new AuditRuleException("unknown list or action '" + part + "' in "
                        + listActionOption + " " + listAction + " (lists: exit, exclude; actions: always, never): " + source);
            }
        }
        // Two non-empty parts, neither list nor action twice: both are set here.
        return new AuditRule(list, action, syscalls(list), conditions(list), checkedKey());
    }

    private List<Syscall> syscalls(AuditRule.FilterList list) throws AuditRuleException {
        if (!syscallTokens.isEmpty() && list != AuditRule.FilterList.EXIT) {
            throw new AuditRuleException("-S is only valid on the exit list: " + source);
        }
        List<Syscall> result = new ArrayList<>();
        for (String token : syscallTokens) {
            // auditctl accepts "-S a,b" as well as repeated -S.
            for (String name : token.split(",", -1)) {
                Syscall syscall = Syscall.lookup(name);
                if (syscall == null) {
                    throw new AuditRuleException("unknown syscall '" + name + "' in -S " + token + ": " + source);
                }
                if (!result.contains(syscall)) {
                    result.add(syscall);
                }
            }
        }
        // The kernel keeps a syscall bitmask: order and repetition carry no meaning.
        result.sort(Comparator.comparingInt(Syscall::number));
        return result;
    }

    private List<RuleCondition> conditions(AuditRule.FilterList list) throws AuditRuleException {
        List<RuleCondition> result = new ArrayList<>();
        for (String token : fieldTokens) {
            result.add(condition(token, list));
        }
        return result;
    }

    private RuleCondition condition(String token, AuditRule.FilterList list) throws AuditRuleException {
        int nameEnd = 0;
        while (nameEnd < token.length() && isNameChar(token.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = token.substring(0, nameEnd);
        String rest = token.substring(nameEnd);
        if (name.isEmpty()) {
            throw new AuditRuleException("-F needs field<op>value, got '" + token + "': " + source);
        }
        RuleField field = RuleField.named(name);
        if (field == null) {
            throw new AuditRuleException("unknown field '" + name + "' in -F " + token
                    + " (fields: " + RuleField.knownNames() + ")");
        }
        RuleOperator op = RuleOperator.prefixOf(rest);
        if (op == null) {
            throw new AuditRuleException(rest.isEmpty()
                    ? "-F " + token + " has no operator and value (expected " + name + "=value)"
                    : "unknown operator in -F " + token + " (operators: = != < > <= >=)");
        }
        if (!field.allows(op)) {
            throw new AuditRuleException("operator '" + op.symbol() + "' is not allowed for field '" + name
                    + "' in -F " + token + " (allowed: " + field.allowedOperators() + ")");
        }
        if (field.isMsgtype() && list != AuditRule.FilterList.EXCLUDE) {
            throw new AuditRuleException("field 'msgtype' is only valid on the exclude list: -F " + token);
        }
        String value = rest.substring(op.symbol().length());
        if (value.isEmpty()) {
            throw new AuditRuleException("missing value in -F " + token);
        }
        if (field.isMsgtype()) {
            RecordType type = RecordType.ofPrintedName(value);
            if (type == null) {
                throw new AuditRuleException("unknown record type '" + value + "' in -F " + token
                        + " (types: " + knownRecordTypes() + ")");
            }
            return new RuleCondition(field, op, 0, type, value.toUpperCase(Locale.ROOT));
        }
        return new RuleCondition(field, op, field.parseNumber(value, token), null, null);
    }

    private String checkedKey() throws AuditRuleException {
        if (key == null) {
            return null;
        }
        if (key.isEmpty()) {
            throw new AuditRuleException("empty -k key: " + source);
        }
        if (key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_LENGTH) {
            throw new AuditRuleException("-k key longer than " + MAX_KEY_LENGTH + " bytes: " + source);
        }
        return key;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static String knownRecordTypes() {
        List<String> names = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            names.add(t.printedName(false));
            if (!t.printedName(true).equals(t.printedName(false))) {
                names.add(t.printedName(true));
            }
        }
        return String.join(", ", names);
    }
}
