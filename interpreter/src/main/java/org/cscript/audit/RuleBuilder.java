package org.cscript.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cscript.abi.Syscall;

/**
 * Builds the rule of an {@code -a}, {@code -A}, {@code -d}, {@code -w} or {@code -W} command
 * from its words, in order, as auditctl and the kernel check them: the list and action, the
 * syscalls, the conditions (watch paths bound through the {@link WatchResolver} when the rule is
 * added), the perm bits and the keys.
 */
final class RuleBuilder {

    /** One {@code -S} or {@code -F} word with its argument. */
    record Item(String option, String argument) {
    }

    /** Linux PATH_MAX and NAME_MAX, the limits auditctl checks for a watch path. */
    static final int PATH_MAX = 4096, NAME_MAX = 255;

    private final String source;
    private final WatchResolver watches;
    private String listOption;
    private AuditRule.FilterList list;
    private AuditRule.Action action;
    private boolean allSyscalls;
    private boolean syscallGiven;
    private final List<Syscall> syscalls = new ArrayList<>();
    private final List<RuleCondition> conditions = new ArrayList<>();

    RuleBuilder(String source, WatchResolver watches) {
        this.source = source;
        this.watches = watches;
    }

    /** {@code -a}/{@code -A}/{@code -d LIST,ACTION}, in either order. */
    void listAction(String option, String listAction) throws AuditRuleException {
        listOption = option;
        String[] parts = listAction.split(",", -1);
        if (parts.length == 2 && (parts[0].isEmpty() || parts[1].isEmpty())) {
            throw new AuditRuleException(option + " needs one list and one action (e.g. always,exit), got '"
                    + listAction + "': " + source);
        }
        if (parts.length != 2) {
            throw new AuditRuleException(option + " needs list,action (e.g. always,exit), got '"
                    + listAction + "': " + source);
        }
        for (String part : parts) {
            switch (part) {
                case "exit", "exclude", "user" -> {
                    if (list != null) {
                        throw new AuditRuleException("two lists in " + option + " " + listAction + ": " + source);
                    }
                    list = AuditRule.FilterList.valueOf(part.toUpperCase(Locale.ROOT));
                }
                case "always", "never" -> {
                    if (action != null) {
                        throw new AuditRuleException("two actions in " + option + " " + listAction + ": " + source);
                    }
                    action = part.equals("always") ? AuditRule.Action.ALWAYS : AuditRule.Action.NEVER;
                }
                case "task", "entry", "filesystem", "io_uring" -> throw new AuditRuleException(
                        "filter list '" + part + "' is not modelled (only exit, exclude and user): " + source);
                default -> throw new AuditRuleException("unknown list or action '" + part + "' in " + option + " "
                        + listAction + " (lists: exit, exclude, user; actions: always, never): " + source);
            }
        }
    }

    /** A watch path with its trailing slashes removed, as auditctl does before it looks at it. */
    static String trimmedWatchPath(String path) {
        String p = path;
        if (p.length() > 2) {
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    /**
     * {@code -w}/{@code -W PATH}: an exit rule, action always, for all syscalls, whose first
     * condition is {@code dir=PATH} if the path is a directory, else {@code path=PATH}, and whose
     * second is {@code perm=rwxa} until {@code -p} says otherwise (libaudit's audit_add_watch_dir).
     */
    void watch(String option, String rawPath, boolean directory, boolean bind) throws AuditRuleException {
        listOption = option;
        list = AuditRule.FilterList.EXIT;
        action = AuditRule.Action.ALWAYS;
        syscallGiven = true;  // auditctl counts a watch as the syscall part: "-F arch" after it is misplaced
        String path = trimmedWatchPath(rawPath);
        if (path.length() >= PATH_MAX) {
            throw new AuditRuleException("the path passed for the watch is too big: " + source);
        }
        if (!path.startsWith("/")) {
            throw new AuditRuleException("the watch path must start with '/': " + option + " " + rawPath);
        }
        if (path.substring(path.lastIndexOf('/') + 1).length() > NAME_MAX) {
            throw new AuditRuleException("the base name of the watch path is too big: " + source);
        }
        RuleField field = directory ? RuleField.DIR : RuleField.PATH;
        conditions.add(pathCondition(field, path, bind));
        conditions.add(RuleCondition.numeric(RuleField.PERM, RuleOperator.EQUAL,
                RuleField.PERM_READ | RuleField.PERM_WRITE | RuleField.PERM_EXEC | RuleField.PERM_ATTR));
    }

    void add(Item item) throws AuditRuleException {
        if (item.option().equals("-S")) {
            syscall(item.argument());
        } else {
            conditions.add(condition(item.argument()));
        }
    }

    /** {@code -p}: sets the perm condition (libaudit's audit_update_watch_perms), or adds one. */
    void perms(String text) throws AuditRuleException {
        requireExitList("-p " + text);
        long bits = RuleField.parsePerm(text, " in -p " + text);
        boolean updated = false;
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).field() == RuleField.PERM) {
                conditions.set(i, RuleCondition.numeric(RuleField.PERM, RuleOperator.EQUAL, bits));
                updated = true;
            }
        }
        if (!updated) {
            conditions.add(RuleCondition.numeric(RuleField.PERM, RuleOperator.EQUAL, bits));
        }
    }

    AuditRule build(List<String> keys) {
        List<Syscall> set = allSyscalls || list != AuditRule.FilterList.EXIT ? List.of() : syscalls;
        return new AuditRule(list, action, set, conditions, keys);
    }

    private void syscall(String token) throws AuditRuleException {
        if (list != AuditRule.FilterList.EXIT) {
            throw new AuditRuleException("-S is only valid on the exit list: " + source);
        }
        if (listOption.equals("-w") || listOption.equals("-W")) {
            throw new AuditRuleException("a watch applies to every syscall: " + listOption + " takes no -S: " + source);
        }
        syscallGiven = true;
        // auditctl accepts "-S a,b" as well as repeated -S; "all" is every syscall.
        for (String name : token.split(",", -1)) {
            if (name.equals("all")) {
                allSyscalls = true;
                continue;
            }
            Syscall syscall = Syscall.lookup(name);
            if (syscall == null) {
                throw new AuditRuleException("unknown syscall '" + name + "' in -S " + token + ": " + source);
            }
            if (!syscalls.contains(syscall)) {
                syscalls.add(syscall);
            }
        }
        // The kernel keeps a syscall bitmask: order and repetition carry no meaning.
        syscalls.sort(Comparator.comparingInt(Syscall::number));
    }

    private void requireExitList(String what) throws AuditRuleException {
        if (list != AuditRule.FilterList.EXIT) {
            throw new AuditRuleException(what + " can only be used with the exit filter list: " + source);
        }
    }

    private RuleCondition condition(String token) throws AuditRuleException {
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
        if (field.isMsgtype() && list == AuditRule.FilterList.EXIT) {
            throw new AuditRuleException("field 'msgtype' is only valid on the exclude and user lists: -F " + token);
        }
        if (field.exitOnly()) {
            requireExitList("field '" + name + "' (-F " + token + ")");
        }
        if (field == RuleField.ARCH && syscallGiven) {
            throw new AuditRuleException("-F " + token + " must be before -S (auditctl reads -S by the rule's arch): "
                    + source);
        }
        String value = rest.substring(op.symbol().length());
        if (value.isEmpty()) {
            throw new AuditRuleException("missing value in -F " + token);
        }
        if (field.isMsgtype()) {
            return msgtypeCondition(op, value, token);
        }
        if (field.isPath()) {
            return pathCondition(field, value, watches != WatchResolver.DETACHED);
        }
        return RuleCondition.numeric(field, op, field.parseNumber(value, token));
    }

    /**
     * msgtype= by name (either naming: the record type, whatever it is numbered) or by number
     * (the kernel compares numbers: 1020 is CONTAINER_OP under the upstream naming only, and a
     * number no record of the model carries is accepted, as by auditctl).
     */
    private static RuleCondition msgtypeCondition(RuleOperator op, String value, String token)
            throws AuditRuleException {
        if (value.chars().allMatch(Character::isDigit)) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException tooLong) {
                number = -1;
            }
            if (number < 0 || number > 0xffff) {
                throw new AuditRuleException("record type number out of range in -F " + token + " (0-65535)");
            }
            return new RuleCondition(RuleField.MSGTYPE, op, number, null, value, null);
        }
        RecordType type = RecordType.ofPrintedName(value);
        if (type == null) {
            throw new AuditRuleException("unknown record type '" + value + "' in -F " + token
                    + " (types: " + knownRecordTypes() + ", or a number)");
        }
        return new RuleCondition(RuleField.MSGTYPE, op, 0, type, value.toUpperCase(Locale.ROOT), null);
    }

    /** path= and dir=: absolute, one per rule, and (path=) no trailing '/', as the kernel requires. */
    private RuleCondition pathCondition(RuleField field, String path, boolean bind) throws AuditRuleException {
        String where = field.fieldName() + "=" + path;
        if (!path.startsWith("/") || path.length() > PATH_MAX) {
            throw new AuditRuleException("-F " + where + ": the path must be absolute (at most " + PATH_MAX
                    + " bytes): " + source);
        }
        if (field == RuleField.PATH && path.endsWith("/")) {
            throw new AuditRuleException("-F " + where + ": a path watch must not end with '/' (use dir=): " + source);
        }
        if (conditions.stream().anyMatch(c -> c.field().isPath())) {
            throw new AuditRuleException("only one path or dir per rule (second: " + where + "): " + source);
        }
        WatchTarget target = !bind ? WatchTarget.NOTHING
                : field == RuleField.DIR ? watches.tree(path) : watches.watch(path);
        return new RuleCondition(field, RuleOperator.EQUAL, 0, null, path, target);
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
