package org.cscript.audit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cscript.abi.Errno;
import org.cscript.abi.Syscall;

/**
 * The text {@code auditctl -l} prints for the rules (audit userspace 3.0.9, auditctl-listing.c):
 * one line per rule, list by list in the kernel's order (user, exit, exclude), {@code No rules} for none.
 *
 * <ul>
 *   <li>{@code -a ACTION,LIST}, then every arch condition ({@code -F arch=b64}), then on the exit
 *       list the syscalls: {@code -S all}, or {@code -S name,name} in number order;</li>
 *   <li>the other conditions in their order; numbers as the kernel's signed 32-bit values
 *       ({@code -F auid!=-1}: with {@code -i}, auid and ses print {@code unset} and arch the
 *       machine name), a negative {@code exit} with its errno name ({@code -F exit=-EPERM}),
 *       contids unsigned, msgtype by name, perm as {@code rwxa} letters;</li>
 *   <li>each key as {@code -F key=K};</li>
 *   <li>a rule that is a watch ({@link AuditRule#listsAsWatch()}) as {@code -w PATH -p PERM -k K}.</li>
 * </ul>
 */
final class RuleListing {
    private RuleListing() {
    }

    /** The listing of the lists in order ({@code -l}), the rules whose key contains {@code keyFilter} if it is not null. */
    static String of(Collection<List<AuditRule>> lists, String keyFilter, boolean interpret) {
        List<String> lines = lists.stream().flatMap(List::stream)
                .filter(r -> keyFilter == null || r.keyContains(keyFilter))
                .map(r -> line(r, interpret)).toList();
        return lines.isEmpty() ? "No rules" : String.join("\n", lines);
    }

    /** One rule as {@code auditctl -l} (or with {@code interpret}, {@code auditctl -l -i}) prints it. */
    static String line(AuditRule rule, boolean interpret) {
        boolean watch = rule.listsAsWatch();
        StringBuilder out = new StringBuilder();
        if (!watch) {
            out.append("-a ").append(lower(rule.action())).append(',').append(lower(rule.list()));
            for (RuleCondition c : rule.conditions()) {
                if (c.field() == RuleField.ARCH) {
                    out.append(" -F arch").append(c.op().symbol()).append(arch(c.number(), interpret));
                }
            }
            if (rule.list() == AuditRule.FilterList.EXIT) {
                out.append(rule.syscalls().isEmpty() ? " -S all"
                        : " -S " + rule.syscalls().stream().map(Syscall::syscallName).collect(Collectors.joining(",")));
            }
        }
        for (RuleCondition c : rule.conditions()) {
            if (c.field() != RuleField.ARCH) {
                out.append(condition(c, watch, interpret));
            }
        }
        for (String key : rule.keys()) {
            out.append(watch ? " -k " : " -F key=").append(key);
        }
        return out.toString();
    }

    private static String condition(RuleCondition c, boolean watch, boolean interpret) {
        String name = c.field().fieldName();
        String op = c.op().symbol();
        return switch (c.field()) {
            // auditctl prints "-w" where the field stands: first for the rules -w makes.
            case PATH, DIR -> watch ? "-w " + c.text() : " -F " + name + "=" + c.text();
            case PERM -> (watch ? " -p " : " -F perm=") + perms(c.number());
            case MSGTYPE -> " -F msgtype" + op + c.text();
            case AUID, SES -> " -F " + name + op
                    + (interpret && c.number() == 4294967295L ? "unset" : Integer.toString((int) c.number()));
            case EXIT -> " -F exit" + op + exit(c.number());
            case CONTID, CONTID_TREE -> " -F " + name + op + Long.toUnsignedString(c.number());
            default -> " -F " + name + op + (int) c.number();
        };
    }

    private static String arch(long value, boolean interpret) {
        boolean bits64 = value == RuleField.ARCH_X86_64;
        if (interpret) {
            return bits64 ? "x86_64" : "i386";
        }
        return bits64 ? "b64" : "b32";
    }

    /** A negative exit value with an errno name prints as {@code -NAME}, as auditctl does. */
    private static String exit(long value) {
        if (value < 0) {
            for (Errno e : Errno.values()) {
                if (e.number() == -value) {
                    return "-" + e.name();
                }
            }
        }
        return Long.toString(value);
    }

    static String perms(long bits) {
        StringBuilder p = new StringBuilder(4);
        if ((bits & RuleField.PERM_READ) != 0) {
            p.append('r');
        }
        if ((bits & RuleField.PERM_WRITE) != 0) {
            p.append('w');
        }
        if ((bits & RuleField.PERM_EXEC) != 0) {
            p.append('x');
        }
        if ((bits & RuleField.PERM_ATTR) != 0) {
            p.append('a');
        }
        return p.toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
