package org.cscript.repl;

import java.util.regex.Pattern;
import org.cscript.host.SyntaxColoring;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the input as the language's lexer reads it: keywords, strings, numbers, comments. */
final class ReplHighlighter implements Highlighter {
    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (buffer.startsWith(":")) {
            return new AttributedString(buffer, AttributedStyle.BOLD);
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (SyntaxColoring.Span span : SyntaxColoring.spans(buffer)) {
            out.styled(style(span.kind()), buffer.substring(span.start(), span.end()));
        }
        return out.toAttributedString();
    }

    private static AttributedStyle style(SyntaxColoring.Kind kind) {
        return switch (kind) {
            case KEYWORD -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case NUMBER -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case COMMENT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
            case PLAIN -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
