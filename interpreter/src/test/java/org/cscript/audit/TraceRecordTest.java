package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and decoding of trace lines (kernel-model.md §4.1, §4.2). */
class TraceRecordTest {

    @Test
    void everyFixtureLineParsesAndKeepsItsText() throws MalformedRecordException {
        for (String name : TraceFixtures.NAMES) {
            for (String line : TraceFixtures.lines(name)) {
                assertEquals(line, TraceRecord.parse(line).line(), name);
            }
        }
    }

    @Test
    void syscallRecordOfExampleA() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse(TraceFixtures.lines("worked-example-a.trace").get(7));
        assertEquals("SYSCALL", r.type());
        assertEquals("1500000000.000", r.timestamp());
        assertEquals(1, r.serial());
        assertEquals(List.of("arch", "syscall", "success", "exit", "a0", "a1", "a2", "a3", "items", "ppid", "pid",
                "auid", "uid", "gid", "euid", "suid", "fsuid", "egid", "sgid", "fsgid", "tty", "ses", "comm", "exe",
                "key"), r.fieldNames());
        assertEquals("1000", r.raw("syscall"));
        assertEquals("\"runc\"", r.raw("comm"));
        assertEquals("runc", r.decoded("comm"));
        assertEquals("/usr/bin/runc", r.decoded("exe"));
        assertEquals("(null)", r.raw("key"));
        assertEquals("(null)", r.decoded("key"));
        assertEquals("(none)", r.decoded("tty"));
        assertNull(r.raw("contid"));
        assertNull(r.decoded("contid"));
    }

    @Test
    void timestampAndSerialOfALaterEvent() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse(TraceFixtures.lines("worked-example-c.trace").get(1));
        assertEquals("CONTAINER_INFO", r.type());
        assertEquals("1500000000.004", r.timestamp());
        assertEquals(5, r.serial());
        assertEquals("100,200", r.decoded("contid"));
    }

    @Test
    void untrustedStringFieldsInHexAreDecoded() throws MalformedRecordException {
        List<String> lines = TraceFixtures.lines("encodings.trace");
        TraceRecord containerOp = TraceRecord.parse(lines.get(1));
        assertEquals("6D792072756E63", containerOp.raw("comm"));
        assertEquals("my runc", containerOp.decoded("comm"));
        TraceRecord syscall = TraceRecord.parse(lines.get(2));
        assertEquals("\"quiet\"", syscall.decoded("key"), "a key holding quotes is printed in hex");
        TraceRecord exitGroup = TraceRecord.parse(lines.get(3));
        assertEquals("\"\"", exitGroup.raw("comm"));
        assertEquals("", exitGroup.decoded("comm"));
    }

    @Test
    void hexIsOnlyDecodedForUntrustedStringFields() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse("type=NETFILTER_PKT msg=audit(1500000000.000:1): mark=0x0 saddr=10.0.0.1 "
                + "daddr=10.0.0.2 proto=41 netns=4026532000 name=41 exe=4142 key=abcd comm=ABC");
        assertEquals("41", r.decoded("proto"));
        assertEquals("A", r.decoded("name"));
        assertEquals("AB", r.decoded("exe"));
        assertEquals("abcd", r.decoded("key"), "lowercase is not the audit hex encoding");
        assertEquals("ABC", r.decoded("comm"), "odd length is not hex");
    }

    @Test
    void userMessageTextKeepsSpacesAndQuotes() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse(TraceFixtures.lines("encodings.trace").getFirst());
        assertEquals(List.of("pid", "uid", "auid", "ses", "msg"), r.fieldNames());
        assertEquals("'hello world, it's me'", r.raw("msg"));
        assertEquals("hello world, it's me", r.decoded("msg"));
    }

    @Test
    void singleQuotedValueEndsBeforeTheNextField() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse("type=USER msg=audit(1.000:1): msg='a b' res=1");
        assertEquals("a b", r.decoded("msg"));
        assertEquals("1", r.raw("res"));
    }

    @Test
    void repeatedFieldNamesAreListedAndTheFirstValueWins() throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse("type=X msg=audit(1.000:2): a=1 a=2");
        assertEquals(List.of("a", "a"), r.fieldNames());
        assertEquals("1", r.raw("a"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ``                                                   | it does not start with 'type=NAME msg=audit(SECONDS.MILLIS:SERIAL):'
        hello                                                | it does not start with 'type=NAME msg=audit(SECONDS.MILLIS:SERIAL):'
        type=SYSCALL msg=audit(1500000000.00:1): a=1         | it does not start with 'type=NAME msg=audit(SECONDS.MILLIS:SERIAL):'
        type=SYSCALL msg=audit(1500000000.000): a=1          | it does not start with 'type=NAME msg=audit(SECONDS.MILLIS:SERIAL):'
        type=SYSCALL msg=audit(1.000:99999999999999999999): a=1 | serial 99999999999999999999 is out of range
        type=SYSCALL msg=audit(1.000:1):                     | expected ' ' and fields after the msg=audit(...): header
        `type=SYSCALL msg=audit(1.000:1): `                  | expected ' ' and fields after the msg=audit(...): header
        type=SYSCALL msg=audit(1.000:1):a=1                  | expected ' ' and fields after the msg=audit(...): header
        `type=SYSCALL msg=audit(1.000:1): a=1 `              | after field 'a' expected one space and the next name=value, at column 37
        type=SYSCALL msg=audit(1.000:1): a=1  b=2            | after field 'a' expected one space and the next name=value, at column 37
        type=SYSCALL msg=audit(1.000:1): a=1 b               | after field 'a' expected one space and the next name=value, at column 37
        type=SYSCALL msg=audit(1.000:1): abc                 | field at column 34 has no '='
        type=SYSCALL msg=audit(1.000:1): =1                  | bad field name '' at column 34
        type=SYSCALL msg=audit(1.000:1): comm="runc          | unterminated " in field 'comm'
        type=SYSCALL msg=audit(1.000:1): comm="ru"nc         | after field 'comm' expected one space and the next name=value, at column 43
        type=USER msg=audit(1.000:1): msg='text              | unterminated ' in field 'msg'
        """)
    void malformedLinesAreRefusedWithTheReason(String line, String reason) {
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> TraceRecord.parse(line));
        assertEquals("malformed audit record (" + reason + "): " + line, e.getMessage());
    }

    @Test
    void upstreamAndUnknownTypeNamesParse() throws MalformedRecordException {
        // auditd 3.0.9's text for the numbers of the design reads as the design's names
        assertEquals("CONTAINER_OP", TraceRecord.parse("type=UNKNOWN[1020] msg=audit(1.000:1): op=set").type());
        assertEquals("NS_CREATE", TraceRecord.parse("type=UNKNOWN[1340] msg=audit(1.000:1): op=set").type());
        assertEquals("CONTAINER_ID", TraceRecord.parse("type=URINGOP msg=audit(1.000:1): contid=1").type());
        assertEquals("UNKNOWN[1021]", TraceRecord.parse("type=UNKNOWN[1021] msg=audit(1.000:1): op=set").type());
        assertTrue(TraceRecord.parse(TraceFixtures.lines("encodings.trace").get(4)).type().equals("CONTAINER_ID"));
    }
}
