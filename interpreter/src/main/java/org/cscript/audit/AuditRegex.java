package org.cscript.audit;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles the {@code /regex/} of an {@code assert_audit} field (language.md "assert_audit")
 * with RE2/J, whose matching takes time linear in the field's length: a pattern such as
 * {@code /((a+)+)+c/} cannot backtrack catastrophically against a long value. RE2 has the Java
 * syntax a field pattern needs (classes, anchors, {@code \d}, {@code (?i)}, repetitions,
 * groups) but no backreferences, lookaround, possessive quantifiers or atomic groups; those are
 * refused here with a message saying why.
 */
public final class AuditRegex {
    private AuditRegex() {
    }

    /** A regex refused when the script is checked (exit 2), with the message the parser reports. */
    public static final class BadRegex extends Exception {
        private static final long serialVersionUID = 1L;

        BadRegex(String message) {
            super(message);
        }
    }

    public static Pattern compile(String regex) throws BadRegex {
        String unsupported = unsupportedConstruct(regex);
        if (unsupported != null) {
            throw new BadRegex("bad regular expression: " + unsupported + " is not supported (assert_audit regexes"
                    + " match in linear time, RE2 syntax: no backreferences, lookaround, possessive or atomic groups)");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BadRegex("bad regular expression: " + describe(e.getDescription()));
        }
    }

    /** The first construct of {@code regex} that RE2 lacks, as written ("\\1", "(?="), or null. */
    private static String unsupportedConstruct(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (!inClass && (next >= '1' && next <= '9' || next == 'k')) {
                    return "the backreference \\" + next;
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && regex.startsWith("(?", i)) {
                for (String group : new String[] {"(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
                    if (regex.startsWith(group, i)) {
                        return "the group " + group;
                    }
                }
            } else if ((c == '+') && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0 && !escaped(regex, i - 1)) {
                return "the possessive quantifier " + regex.charAt(i - 1) + "+";
            }
        }
        return null;
    }

    private static boolean escaped(String regex, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * RE2/J's description in the user's terms: it reports an unmatched ')' as
     * "regexp/syntax: internal error", which would read as a bug in cscript.
     */
    static String describe(String re2Description) {
        String d = re2Description.replaceFirst("^regexp/syntax: ", "");
        return d.equals("internal error") ? "unbalanced parentheses" : d;
    }
}
