package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** §4.1 line format and §4.2 encodings. */
class AuditRecordTest {
    @Test
    void untrustedStrings() {
        assertEquals("\"runc\"", AuditRecord.untrusted("runc"));
        assertEquals("\"\"", AuditRecord.untrusted(""));
        assertEquals("6120626F78", AuditRecord.untrusted("a box"));
        assertEquals("612262", AuditRecord.untrusted("a\"b"));
        assertEquals("C3A9", AuditRecord.untrusted("é"));
        assertEquals("\"~!\"", AuditRecord.untrusted("~!"));
        assertEquals("7F", AuditRecord.untrusted("\u007f"));
    }

    @Test
    void lineFormat() {
        AuditRecord r = AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "create").u64("contid", -1L)
                .hex0x("flags", 0x3f9).hex("a0", -100).str("name", "x y").num("exit", -22).build();
        assertEquals("type=CONTAINER_OBJ msg=audit(1500000000.007:12): op=create contid=18446744073709551615"
                + " flags=0x3f9 a0=ffffffffffffff9c name=782079 exit=-22", r.format(false, false, 1500000000007L, 12));
        assertEquals("type=CONTAINER_OP msg=audit(0.000:1): op=destroy",
                AuditRecord.of(RecordType.CONTAINER).raw("op", "destroy").build().format(true, false, 0, 1));
        assertEquals("type=UNKNOWN[1343] msg=audit(1500000000.007:12): op=create",
                AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "create").build().format(false, true, 1500000000007L, 12));
        assertEquals("create", r.value("op"));
        assertEquals(null, r.value("missing"));
    }
}
