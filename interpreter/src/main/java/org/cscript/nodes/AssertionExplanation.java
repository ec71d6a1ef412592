package org.cscript.nodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cscript.runtime.Values;

/**
 * The lines a failed assert prints below its caret: each evaluated sub-expression of the
 * condition with its value, a sub-expression's operands indented under it, as in
 * <pre>
 *   t.contid == 5 is false
 *     t.contid is nil
 *       t is task(pid=2, tid=2, comm=init)
 * </pre>
 * Plain text from values already recorded while the condition ran; nothing is evaluated here.
 */
public final class AssertionExplanation {
    /** Values longer than this are cut, with an ellipsis, to keep a report one screen wide. */
    public static final int VALUE_WIDTH = 80;
    private static final String ELLIPSIS = "...";
    private static final String INDENT = "  ";

    /**
     * One sub-expression: its source text, its value ({@code null} when it was not evaluated, as
     * the right side of a short-circuited {@code and}) and its own recorded sub-expressions.
     */
    public record Operand(String source, Object value, List<Operand> parts) {
    }

    private AssertionExplanation() {
    }

    /** The report lines, each indented by two spaces per level, starting at two; none for no operands. */
    public static List<String> lines(List<Operand> operands) {
        List<String> out = new ArrayList<>();
        append(operands, 1, new HashSet<>(), out);
        return out;
    }

    /**
     * A sub-expression that was not evaluated is left out, and so is one whose value reads as its
     * own source ({@code -1 is -1}); either way its evaluated parts still show, at its level. One
     * already listed with the same value ({@code xs} in {@code xs[0] == 1 and len(xs) > 2}) is not
     * listed again, nor are its parts.
     */
    private static void append(List<Operand> operands, int depth, Set<String> listed, List<String> out) {
        for (Operand operand : operands) {
            String value = operand.value() == null ? null : truncate(Values.displayElement(operand.value()));
            if (value == null || value.equals(operand.source())) {
                append(operand.parts(), depth, listed, out);
                continue;
            }
            String line = operand.source() + " is " + value;
            if (listed.add(line)) {
                out.add(INDENT.repeat(depth) + line);
                append(operand.parts(), depth + 1, listed, out);
            }
        }
    }

    /** At most {@link #VALUE_WIDTH} characters, never splitting a surrogate pair. */
    static String truncate(String text) {
        if (text.length() <= VALUE_WIDTH) {
            return text;
        }
        int end = VALUE_WIDTH - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
