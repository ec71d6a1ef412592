package org.cscript.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalInputsGiveNoDiff() {
        assertEquals("", UnifiedDiff.diff("a", List.of("x", "y"), "b", List.of("x", "y")));
    }

    @Test
    void changedLineShowsMinusPlusWithContext() {
        String diff = UnifiedDiff.diff("want", List.of("1", "2", "3", "4", "5"), "got", List.of("1", "2", "X", "4", "5"));
        assertEquals("""
                --- want
                +++ got
                @@ -1,5 +1,5 @@
                 1
                 2
                -3
                +X
                 4
                 5
                """, diff);
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        List<String> a = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        List<String> b = List.of("A", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "L");
        String diff = UnifiedDiff.diff("x", a, "y", b);
        assertEquals("""
                --- x
                +++ y
                @@ -1,4 +1,4 @@
                -a
                +A
                 b
                 c
                 d
                @@ -9,4 +9,4 @@
                 i
                 j
                 k
                -l
                +L
                """, diff);
    }

    @Test
    void missingTrailingLinesAreDeletions() {
        String diff = UnifiedDiff.diff("x", List.of("a", "b"), "y", List.of("a"));
        assertEquals("""
                --- x
                +++ y
                @@ -1,2 +1,1 @@
                 a
                -b
                """, diff);
    }
}
