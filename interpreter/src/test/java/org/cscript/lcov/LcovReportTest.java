package org.cscript.lcov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The LCOV text: files and lines in order, counts merged, branches as BRDA, totals. */
class LcovReportTest {
    @Test
    void writesTheTracefileInPathAndLineOrder() throws IOException {
        LcovReport report = new LcovReport("t")
                .line("b.java", 7, 0).line("b.java", 3, 2).line("b.java", 3, 1)
                .function("b.java", "B.run", 3, 1).function("b.java", "B.idle", 7, 0)
                .branches("b.java", 3, 2, 1)
                .line("a.cscript", 1, 1);
        StringBuilder out = new StringBuilder();
        report.write(out);
        assertEquals("""
                TN:t
                SF:a.cscript
                FNF:0
                FNH:0
                DA:1,1
                LF:1
                LH:1
                end_of_record
                TN:t
                SF:b.java
                FN:3,B.run
                FN:7,B.idle
                FNDA:1,B.run
                FNDA:0,B.idle
                FNF:2
                FNH:1
                BRDA:3,0,0,1
                BRDA:3,0,1,0
                BRF:2
                BRH:1
                DA:3,3
                DA:7,0
                LF:2
                LH:1
                end_of_record
                """, out.toString());
        assertArrayEquals(new long[] {3, 2}, report.totals());
    }
}
