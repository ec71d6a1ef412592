package org.cscript.audit;

import java.util.Objects;
import com.google.re2j.Pattern;

/**
 * One {@code field=value} of an {@code assert_audit} statement (language.md "assert_audit"):
 * a literal, {@code *} (any value) or {@code /regex/}.
 */
public sealed interface FieldPattern permits FieldPattern.Literal, FieldPattern.Any, FieldPattern.Regex {

    String field();

    boolean matches(TraceRecord r);

    /** The pattern as a script would write it: {@code contid=5}, {@code comm=*}, {@code comm=/ru.*&#47;}. */
    String describe();

    /**
     * The field is present and its decoded or its printed value equals {@code text}: both
     * {@code comm=runc} and {@code comm="runc"} match {@code comm="runc"}.
     */
    record Literal(String field, String text) implements FieldPattern {
        public Literal {
            Objects.requireNonNull(field);
            Objects.requireNonNull(text);
        }

        @Override
        public boolean matches(TraceRecord r) {
            String raw = r.raw(field);
            return raw != null && (text.equals(raw) || text.equals(r.decoded(field)));
        }

        @Override
        public String describe() {
            boolean plain = !text.isEmpty() && text.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
            return field + "=" + (plain ? text : '"' + text + '"');
        }
    }

    /** The field is present, whatever its value ({@code field=*}). */
    record Any(String field) implements FieldPattern {
        public Any {
            Objects.requireNonNull(field);
        }

        @Override
        public boolean matches(TraceRecord r) {
            return r.raw(field) != null;
        }

        @Override
        public String describe() {
            return field + "=*";
        }
    }

    /**
     * The field is present and the regex is found somewhere in its decoded value ({@code field=/re/});
     * RE2 syntax and linear-time matching ({@link AuditRegex}).
     */
    record Regex(String field, Pattern pattern) implements FieldPattern {
        public Regex {
            Objects.requireNonNull(field);
            Objects.requireNonNull(pattern);
        }

        @Override
        public boolean matches(TraceRecord r) {
            String value = r.decoded(field);
            return value != null && pattern.matcher(value).find();
        }

        @Override
        public String describe() {
            return field + "=/" + pattern.pattern() + "/";
        }
    }
}
