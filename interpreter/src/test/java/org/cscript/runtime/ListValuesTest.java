package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.cscript.host.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists are values: appending shares the backing array but never changes a list anyone holds. */
class ListValuesTest {
    @TempDir
    Path dir;

    @Test
    void twoAppendsToOneListAreIndependent() {
        CsList a = CsList.copyOf(List.of(1L, 2L));
        CsList b = a.concat(CsList.copyOf(List.of(3L)));
        CsList c = a.concat(CsList.copyOf(List.of(4L)));
        assertEquals(List.of(1L, 2L), a.elements());
        assertEquals(List.of(1L, 2L, 3L), b.elements());
        assertEquals(List.of(1L, 2L, 4L), c.elements());
        CsList d = b.concat(b);
        assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), d.elements());
        assertEquals(List.of(1L, 2L, 3L), b.elements(), "appending a list to itself");
    }

    @Test
    void aViewSurvivesAppendsWhileIteratingAndAppendingInALoopIsLinear() {
        ScriptHarness.Outcome outcome = new ScriptHarness(dir).run("""
                let l = []
                for i in 0..50000 {
                    l = l + [i]
                }
                let m = l
                for x in m {
                    if x < 3 {
                        l = l + [x]
                    }
                }
                assert l[50000] == 0 and l[50002] == 2 and m[49999] == 49999
                print len(m)
                """);
        assertEquals(ScenarioResult.Status.OK, outcome.status(), outcome.err());
        assertEquals("50000\n", outcome.err());
        CsList big = CsList.copyOf(List.of());
        CsList one = CsList.copyOf(List.of(7L));
        for (int i = 0; i < 200_000; i++) {
            big = big.concat(one);   // quadratic copying would take minutes here
        }
        assertSame(7L, big.get(199_999));
    }
}
