package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Record numbers and the two type texts: the design's names and what auditd 3.0.9 writes. */
class RecordTypeTest {

    @Test
    void theRenamedTypesHaveTheirOwnNumberUnderEachNaming() {
        assertEquals(1344, RecordType.CONTAINER.number(false));
        assertEquals(1020, RecordType.CONTAINER.number(true));
        assertEquals(1345, RecordType.CONTAINER_INFO.number(false));
        assertEquals(1336, RecordType.CONTAINER_INFO.number(true));
        assertEquals(1340, RecordType.NS_CREATE.number(true));
    }

    @Test
    void numbersNameOneTypeAcrossBothNamings() {
        Set<Integer> seen = new HashSet<>();
        for (RecordType t : RecordType.values()) {
            assertTrue(seen.add(t.number(false)), t + " seed number taken twice");
            if (t.number(true) != t.number(false)) {
                assertTrue(seen.add(t.number(true)), t + " upstream number taken twice");
            }
        }
        assertEquals(RecordType.CONTAINER, RecordType.ofNumber(1020));
        assertNull(RecordType.ofNumber(1021));
    }

    @Test
    void auditdTextIsItsOwnNameOrUnknown() {
        assertEquals("SYSCALL", RecordType.SYSCALL.text(false, true));
        assertEquals("UNKNOWN[1340]", RecordType.NS_CREATE.text(false, true));
        assertEquals("UNKNOWN[1344]", RecordType.CONTAINER.text(false, true));
        assertEquals("UNKNOWN[1020]", RecordType.CONTAINER.text(true, true));
        assertEquals("URINGOP", RecordType.CONTAINER_INFO.text(true, true));
        assertEquals("CONTAINER_ID", RecordType.CONTAINER_INFO.text(true, false));
    }

    @Test
    void designNameReadsEitherTextBack() {
        for (RecordType t : RecordType.values()) {
            for (boolean upstream : new boolean[] {false, true}) {
                assertEquals(t.printedName(upstream), RecordType.designName(t.text(upstream, true)), t + " " + upstream);
                assertEquals(t.printedName(upstream), RecordType.designName(t.text(upstream, false)));
            }
        }
        assertEquals("UNKNOWN[1999]", RecordType.designName("UNKNOWN[1999]"));
    }
}
