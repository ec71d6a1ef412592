package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an auditctl command line into words the way a shell would for the simple cases rules
 * need: whitespace separates words, and "..." or '...' quote a part of a word (for -k values
 * with spaces). There are no escapes.
 */
final class RuleTokenizer {

    private RuleTokenizer() {
    }

    static List<String> tokenize(String text) throws AuditRuleException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    throw new AuditRuleException("unterminated " + c + " quote at column " + (i + 1)
                            + " in audit rule: " + text);
                }
                word.append(text, i + 1, close);
                inWord = true;
                i = close + 1;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
