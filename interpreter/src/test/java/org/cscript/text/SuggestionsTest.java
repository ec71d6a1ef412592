package org.cscript.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void closeNameIsSuggested() {
        assertEquals("; did you mean 'child'?", Suggestions.didYouMean("chlid", List.of("cfd", "child", "init")));
    }

    @Test
    void farNameIsNotSuggested() {
        assertEquals("", Suggestions.didYouMean("frobnicate", List.of("fork", "exit")));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("abc", "abd"));
        assertEquals(2, Suggestions.distance("chlid", "child"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}
