package org.cscript.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of REPL input. The line is taken literally: no backslash escapes, no quoting
 * rules of a shell (JLine's DefaultParser would eat the backslash of {@code "a\tb"}). Accepting
 * a line whose block, bracket or string is still open asks JLine for a continuation line
 * ({@link EOFError}), so the whole multi-line input is edited and stored in history as one.
 * For completion the word is the name under the cursor (letters, digits, '_' and a leading ':').
 */
final class ReplLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && InputBalance.needsMore(line)) {
            throw new EOFError(-1, -1, "the input continues (an open block, bracket or string)");
        }
        int start = Math.min(cursor, line.length());
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && line.charAt(start - 1) == ':') {
            start--;
        }
        int end = Math.min(cursor, line.length());
        while (end < line.length() && isWordChar(line.charAt(end))) {
            end++;
        }
        return new Word(line, cursor, line.substring(start, end), cursor - start);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** The whole line with one word: the one the cursor is in. */
    private record Word(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        /** A completion is inserted as it is: names need no quoting. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
