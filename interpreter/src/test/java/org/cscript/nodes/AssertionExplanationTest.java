package org.cscript.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cscript.nodes.AssertionExplanation.Operand;
import org.cscript.runtime.CsList;
import org.cscript.runtime.Nil;
import org.junit.jupiter.api.Test;

/** The text of a failed assert's values, from operands recorded by hand. */
class AssertionExplanationTest {

    private static Operand op(String source, Object value, Operand... parts) {
        return new Operand(source, value, List.of(parts));
    }

    @Test
    void nestedOperandsAreIndentedUnderTheirParent() {
        Operand condition = op("t.contid == 5", false, op("t.contid", Nil.INSTANCE, op("t", "a task")));
        assertEquals(List.of(
                "  t.contid == 5 is false",
                "    t.contid is nil",
                "      t is \"a task\""), AssertionExplanation.lines(List.of(condition)));
    }

    @Test
    void anOperandThatWasNotEvaluatedIsLeftOut() {
        // false and f(x): the right side never ran, so neither it nor its argument was recorded
        Operand condition = op("a and f(x)", false, op("a", false), op("f(x)", null, op("x", null)));
        assertEquals(List.of("  a and f(x) is false", "    a is false"),
                AssertionExplanation.lines(List.of(condition)));
    }

    @Test
    void theEvaluatedPartsOfAnOperandWithoutValueStillShow() {
        // an operand that threw (caught further up) has no value, but its arguments had one
        Operand condition = op("g(try f(x))", false, op("f(x)", null, op("x", 3L)));
        assertEquals(List.of("  g(try f(x)) is false", "    x is 3"), AssertionExplanation.lines(List.of(condition)));
    }

    @Test
    void anOperandReadingAsItsOwnValueIsNotRepeated() {
        Operand condition = op("x == -1", false, op("x", 2L), op("-1", -1L));
        assertEquals(List.of("  x == -1 is false", "    x is 2"), AssertionExplanation.lines(List.of(condition)));
    }

    @Test
    void anOperandAlreadyListedWithTheSameValueIsListedOnce() {
        Operand xs = op("xs", CsList.copyOf(List.of(1L, "two")));
        Operand condition = op("len(xs) == 3 or xs[0] == 2", false,
                op("len(xs) == 3", false, op("len(xs)", 2L, xs)),
                op("xs[0] == 2", false, op("xs[0]", 1L, xs)));
        assertEquals(List.of(
                "  len(xs) == 3 or xs[0] == 2 is false",
                "    len(xs) == 3 is false",
                "      len(xs) is 2",
                "        xs is [1, \"two\"]",
                "    xs[0] == 2 is false",
                "      xs[0] is 1"), AssertionExplanation.lines(List.of(condition)));
    }

    @Test
    void stringsAreQuotedSoThatAnEmptyOneShows() {
        assertEquals(List.of("  s is \"\""), AssertionExplanation.lines(List.of(op("s", ""))));
    }

    @Test
    void longValuesAreCutAtTheWidthWithAnEllipsis() {
        String line = "type=CONTAINER_OP msg=audit(1500000000.000:1): " + "x".repeat(100);
        String shown = AssertionExplanation.lines(List.of(op("trace()[0]", line))).getFirst();
        String value = shown.substring("  trace()[0] is ".length());
        assertEquals(AssertionExplanation.VALUE_WIDTH, value.length());
        assertEquals(("\"" + line).substring(0, AssertionExplanation.VALUE_WIDTH - 3) + "...", value);
    }

    @Test
    void aValueOfExactlyTheWidthIsNotCut() {
        String text = "y".repeat(AssertionExplanation.VALUE_WIDTH);
        assertEquals(text, AssertionExplanation.truncate(text));
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String text = "a".repeat(AssertionExplanation.VALUE_WIDTH - 4) + "\uD83D\uDE00" + "b".repeat(10);
        String cut = AssertionExplanation.truncate(text);
        assertEquals("a".repeat(AssertionExplanation.VALUE_WIDTH - 4) + "...", cut);
    }

    @Test
    void noOperandsNoLines() {
        assertEquals(List.of(), AssertionExplanation.lines(List.of()));
    }
}
