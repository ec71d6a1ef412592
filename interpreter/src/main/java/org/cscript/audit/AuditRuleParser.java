package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one auditctl command (kernel-model.md §4.5, OP-50; auditctl.md): {@code -a}/{@code -A}
 * add a rule (append / prepend), {@code -d} deletes one, {@code -w}/{@code -W} add and delete a
 * watch, {@code -D} clears, {@code -l} lists, {@code -e} enables or disables auditing. Options
 * may come in any order, except that {@code -F arch=} must come before {@code -S}, as in
 * auditctl. Every error is an {@link AuditRuleException} whose message names the offending word.
 */
final class AuditRuleParser {

    /** What the command does. */
    enum Verb { APPEND, PREPEND, DELETE, CLEAR, LIST, ENABLE }

    /**
     * A parsed command: {@code rule} for APPEND, PREPEND and DELETE ({@code -w} appends,
     * {@code -W} deletes); {@code keyFilter} for CLEAR and LIST (null: every rule);
     * {@code interpret} for LIST; {@code enable} for ENABLE.
     */
    record Command(Verb verb, AuditRule rule, String keyFilter, boolean interpret, boolean enable) {
    }

    /** Linux AUDIT_MAX_KEY_LEN: the keys of a rule joined with their separators. */
    static final int MAX_KEY_LENGTH = 256;

    /** auditctl options the model has no state for. */
    private static final Set<String> NOT_MODELLED = Set.of("-s", "-b", "-r", "-f", "-t", "-q", "-R", "-m", "-C",
            "-c", "-v", "-h", "--backlog_wait_time", "--loginuid-immutable", "--reset-lost", "--signal");

    private static final String OPTIONS = "options: -a -A -d list,action, -w -W path, -D, -l, -e 0 or 1,"
            + " -S syscall, -F field<op>value, -k key, -p perms, -i";

    private final String source;
    private final WatchResolver watches;
    private Verb verb;
    private String verbOption;
    private String verbArgument;
    /** -S and -F words in the order given (auditctl reads them in order: arch must precede -S). */
    private final List<RuleBuilder.Item> items = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> ruleOptions = new ArrayList<>();
    private String perms;
    private boolean interpret;

    private AuditRuleParser(String source, WatchResolver watches) {
        this.source = source;
        this.watches = watches;
    }

    static Command parse(String text, WatchResolver watches) throws AuditRuleException {
        return new AuditRuleParser(text, watches).parseCommand();
    }

    private Command parseCommand() throws AuditRuleException {
        List<String> tokens = RuleTokenizer.tokenize(source);
        if (tokens.isEmpty()) {
            throw new AuditRuleException("empty audit rule: expected -a/-A/-d list,action ..., -w/-W path ..., -D, -l or -e N");
        }
        for (int i = 0; i < tokens.size(); i++) {
            String option = tokens.get(i);
            switch (option) {
                case "-a", "-A", "-d" -> {
                    setVerb(option.equals("-a") ? Verb.APPEND : option.equals("-A") ? Verb.PREPEND : Verb.DELETE,
                            option);
                    verbArgument = argument(tokens, ++i, option, "list,action (e.g. always,exit)");
                }
                case "-w", "-W" -> {
                    setVerb(option.equals("-w") ? Verb.APPEND : Verb.DELETE, option);
                    verbArgument = argument(tokens, ++i, option, "a path");
                }
                case "-D" -> setVerb(Verb.CLEAR, option);
                case "-l" -> setVerb(Verb.LIST, option);
                case "-e" -> {
                    setVerb(Verb.ENABLE, option);
                    verbArgument = argument(tokens, ++i, option, "0 or 1");
                }
                case "-i" -> {
                    interpret = true;
                    ruleOptions.add(option);
                }
                case "-S" -> ruleItem(new RuleBuilder.Item(option, argument(tokens, ++i, option,
                        "a syscall name, number or all")));
                case "-F" -> field(argument(tokens, ++i, option, "field<op>value"));
                case "-k" -> {
                    keys.add(argument(tokens, ++i, option, "a key"));
                    ruleOptions.add(option);
                }
                case "-p" -> {
                    perms = argument(tokens, ++i, option, "permissions (r, w, x, a)");
                    ruleOptions.add(option);
                }
                default -> throw new AuditRuleException(NOT_MODELLED.contains(option)
                        ? "auditctl option " + option + " is not modelled: " + source + " (" + OPTIONS + ")"
                        : "unexpected '" + option + "' in audit rule: " + source + " (" + OPTIONS + ")");
            }
        }
        if (verb == null) {
            throw new AuditRuleException("missing -a list,action (or -A, -d, -w, -W, -D, -l, -e) in audit rule: "
                    + source);
        }
        return switch (verb) {
            case CLEAR -> new Command(verb, null, selector("-D"), false, false);
            case LIST -> {
                if (interpret && ruleOptions.size() > 1) {
                    throw new AuditRuleException("-l takes -k key or -i, not both: " + source);
                }
                yield new Command(verb, null, interpret ? null : selector("-l"), interpret, false);
            }
            case ENABLE -> new Command(verb, null, null, false, enableValue());
            case APPEND, PREPEND, DELETE -> new Command(verb, buildRule(), null, false, false);
        };
    }

    private void setVerb(Verb newVerb, String option) throws AuditRuleException {
        if (verb != null) {
            throw new AuditRuleException("more than one of -a/-A/-d/-w/-W/-D/-l/-e in audit rule (second: " + option
                    + "): " + source);
        }
        verb = newVerb;
        verbOption = option;
    }

    private void ruleItem(RuleBuilder.Item item) {
        items.add(item);
        ruleOptions.add(item.option());
    }

    /** {@code -F key=K} is a key, as auditctl treats it; every other -F a condition. */
    private void field(String token) throws AuditRuleException {
        if (token.startsWith("key") && token.length() > 3 && "=!<>&".indexOf(token.charAt(3)) >= 0) {
            if (token.charAt(3) != '=') {
                throw new AuditRuleException("field 'key' takes only '=' in -F " + token);
            }
            keys.add(token.substring(4));
            ruleOptions.add("-F key");
            return;
        }
        ruleItem(new RuleBuilder.Item("-F", token));
    }

    private String argument(List<String> tokens, int index, String option, String what) throws AuditRuleException {
        // An option word where a list,action or syscall belongs means the argument is missing.
        boolean takesOptionLikeWords = option.equals("-F") || option.equals("-k");
        if (index >= tokens.size() || (!takesOptionLikeWords && tokens.get(index).startsWith("-"))) {
            throw new AuditRuleException(option + " needs " + what + ": " + source);
        }
        return tokens.get(index);
    }

    /** The one {@code -k} that {@code -D} and {@code -l} accept, selecting rules by key; null for none. */
    private String selector(String option) throws AuditRuleException {
        boolean onlyOneKey = keys.size() == 1 && ruleOptions.equals(List.of("-k"));
        if (!ruleOptions.isEmpty() && !onlyOneKey) {
            throw new AuditRuleException(option + " takes no other option than one -k key"
                    + (option.equals("-l") ? " or -i" : "") + ": " + source);
        }
        return keys.isEmpty() ? null : checkedKeys().getFirst();
    }

    private boolean enableValue() throws AuditRuleException {
        if (!ruleOptions.isEmpty()) {
            throw new AuditRuleException("-e takes no other option: " + source);
        }
        return switch (verbArgument) {
            case "0" -> false;
            case "1" -> true;
            case "2" -> throw new AuditRuleException("-e 2 (locking the rules until reboot) is not modelled: " + source);
            default -> throw new AuditRuleException("-e needs 0, 1 or 2, got '" + verbArgument + "': " + source);
        };
    }

    private AuditRule buildRule() throws AuditRuleException {
        if (interpret) {
            throw new AuditRuleException("-i is only valid with -l: " + source);
        }
        boolean bind = verb != Verb.DELETE;
        RuleBuilder b = new RuleBuilder(source, bind ? watches : WatchResolver.DETACHED);
        if (verbOption.equals("-w") || verbOption.equals("-W")) {
            b.watch(verbOption, verbArgument, watches.isDirectory(RuleBuilder.trimmedWatchPath(verbArgument)), bind);
        } else {
            b.listAction(verbOption, verbArgument);
        }
        for (RuleBuilder.Item item : items) {
            b.add(item);
        }
        if (perms != null) {
            b.perms(perms);
        }
        return b.build(checkedKeys());
    }

    private List<String> checkedKeys() throws AuditRuleException {
        int length = 0;
        for (String key : keys) {
            if (key.isEmpty()) {
                throw new AuditRuleException("empty -k key: " + source);
            }
            if (key.indexOf(AuditRule.KEY_SEPARATOR) >= 0) {
                throw new AuditRuleException("key " + key + " has the illegal character 0x01 (the key separator): "
                        + source);
            }
            length += key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        length += Math.max(0, keys.size() - 1);
        if (length > MAX_KEY_LENGTH) {
            throw new AuditRuleException("-k keys longer than " + MAX_KEY_LENGTH + " bytes (joined by 0x01): " + source);
        }
        return List.copyOf(keys);
    }
}
