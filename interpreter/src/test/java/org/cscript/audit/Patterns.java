package org.cscript.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.google.re2j.Pattern;

/** Builds an AuditPattern from assert_audit-like text for tests: {@code TYPE f=lit f=* f=/re/}. */
final class Patterns {

    private Patterns() {
    }

    static AuditPattern of(String text) {
        String[] words = text.split(" ");
        List<FieldPattern> fields = new ArrayList<>();
        for (String word : Arrays.copyOfRange(words, 1, words.length)) {
            int equals = word.indexOf('=');
            String field = word.substring(0, equals);
            String value = word.substring(equals + 1);
            if (value.equals("*")) {
                fields.add(new FieldPattern.Any(field));
            } else if (value.length() >= 2 && value.startsWith("/") && value.endsWith("/")) {
                fields.add(new FieldPattern.Regex(field, Pattern.compile(value.substring(1, value.length() - 1))));
            } else {
                fields.add(new FieldPattern.Literal(field, value));
            }
        }
        return new AuditPattern(words[0], fields);
    }
}
