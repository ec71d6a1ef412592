package org.cscript.fuzz;

import java.util.Random;

/**
 * Mutations of a script text, the way a fuzzer breaks inputs: spans deleted, duplicated or
 * moved, bytes flipped, and hostile fragments spliced in (control characters, NUL, invalid
 * surrogates, long runs of brackets or operators, huge numbers, unterminated strings).
 */
final class ScriptMutator {
    private static final String[] FRAGMENTS = {"\u0000", "\t", "\r", "\\", "$", "${", "}", "\"", "'", "/", "((((", "))))",
        "[[[", "{{", "not not not ", " + ", " and ", "- - -", "999999999999999999999999", "-9223372036854775808",
        "\uD800", "\uFEFF", "é", "😀", "\n", "let", "fn", "return", "while true { }", "import \"x\"", "import \"/etc/passwd\"",
        "config ", "assert_audit ", "=", "..", "expect EPERM {", "as v0 {", "try ", "${${", "\"${\"", "0x", "1e9"};

    private final Random random;

    ScriptMutator(long seed) {
        random = new Random(seed);
    }

    String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        for (int round = 1 + random.nextInt(3); round > 0; round--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int end = Math.min(s.length(), at + random.nextInt(12));
            switch (random.nextInt(7)) {
                case 0 -> s.delete(at, end);
                case 1 -> s.insert(at, s.substring(at, end));
                case 2 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 3 -> {
                    if (!s.isEmpty()) {
                        int i = Math.min(at, s.length() - 1);
                        s.setCharAt(i, (char) (s.charAt(i) ^ (1 << random.nextInt(7))));
                    }
                }
                case 4 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].repeat(1 + random.nextInt(50)));
                case 5 -> {
                    String moved = s.substring(at, end);
                    s.delete(at, end);
                    s.insert(s.isEmpty() ? 0 : random.nextInt(s.length() + 1), moved);
                }
                default -> s.insert(at, '\n');
            }
        }
        return s.toString();
    }
}
