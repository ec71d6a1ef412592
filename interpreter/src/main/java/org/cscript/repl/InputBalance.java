package org.cscript.repl;

/**
 * Decides whether REPL input is complete or needs more lines: an unclosed '{', '(' or '['
 * (outside strings and comments) or a trailing backslash asks for a continuation line.
 */
final class InputBalance {
    private InputBalance() {
    }

    static boolean needsMore(String input) {
        int depth = 0;
        boolean inString = false;
        boolean inComment = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (inComment) {
                inComment = c != '\n';
            } else if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '#') {
                inComment = true;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth > 0 || input.stripTrailing().endsWith("\\");
    }
}
