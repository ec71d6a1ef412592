package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON form of a trace (docs/json.md): typed fields, the origin, and text -> JSON -> text byte for byte. */
class TraceJsonTest {
    private static final String SYSCALL = "type=SYSCALL msg=audit(1500000000.042:7): arch=c000003e syscall=257 success=no "
            + "exit=-17 a0=ffffffffffffff9c a1=0 a2=41 a3=1b6 items=0 ppid=1 pid=100 auid=4294967295 uid=0 gid=0 euid=0 "
            + "suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm=6D792070726F67 exe=\"/usr/bin/runc\" "
            + "key=(null)";

    /** Every golden trace of the examples: each line to JSON and back gives the same bytes, and the whole file too. */
    @TestFactory
    Stream<DynamicTest> everyGoldenTraceRoundTrips() throws IOException {
        return AuditTools.goldenTraces().stream().map(trace -> DynamicTest.dynamicTest(AuditTools.displayName(trace), () -> {
            byte[] golden = Files.readAllBytes(trace);
            String text = new String(golden, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.isEmpty() || text.endsWith("\n"), trace + " does not end in a newline");
            StringBuilder json = new StringBuilder();
            for (String line : text.lines().toList()) {
                json.append(TraceJson.toJson(line, null)).append('\n');
            }
            StringBuilder back = new StringBuilder();
            for (String object : json.toString().lines().toList()) {
                back.append(TraceJson.toText(object)).append('\n');
            }
            assertEquals(text, back.toString(), trace.toString());
            assertEquals(List.of(golden.length), List.of(back.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }));
    }

    @Test
    void theHeaderIsTyped() throws Exception {
        Map<String, Object> o = object(TraceJson.toJson(SYSCALL, "cases/a.cscript:12"));
        assertEquals("SYSCALL", o.get("type"));
        assertEquals("SYSCALL", o.get("name"));
        assertEquals(BigInteger.valueOf(1300), o.get("number"));
        assertEquals(BigInteger.valueOf(1500000000), o.get("sec"));
        assertEquals(BigInteger.valueOf(42), o.get("ms"));
        assertEquals(BigInteger.valueOf(7), o.get("serial"));
        assertEquals(Map.of("file", "cases/a.cscript", "line", BigInteger.valueOf(12)), o.get("origin"));
    }

    @Test
    void designTypesGetTheirNameAndTheNumberTheirTextStandsFor() throws Exception {
        Map<String, Object> seed = object(TraceJson.toJson("type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=destroy contid=5", null));
        assertEquals("CONTAINER", seed.get("name"));
        assertEquals(BigInteger.valueOf(1344), seed.get("number"));
        assertEquals(null, seed.get("origin"));
        Map<String, Object> upstream = object(TraceJson.toJson("type=CONTAINER_OP msg=audit(1500000000.000:1): op=drop opid=101", null));
        assertEquals("CONTAINER_OP", upstream.get("name"));
        assertEquals(BigInteger.valueOf(1020), upstream.get("number"));
        Map<String, Object> uring = object(TraceJson.toJson("type=URINGOP msg=audit(1500000000.000:1): record=1 contid=5", null));
        assertEquals("CONTAINER_ID", uring.get("name"));
        assertEquals(BigInteger.valueOf(1336), uring.get("number"));
    }

    @Test
    void fieldsKeepTheirOrderAndAreTypedByTheirFormat() throws Exception {
        Map<String, Object> o = object(TraceJson.toJson(SYSCALL, null));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) o.get("fields");
        assertEquals(List.of("arch", "syscall", "success", "exit", "a0", "a1", "a2", "a3", "items", "ppid", "pid", "auid",
                "uid", "gid", "euid", "suid", "fsuid", "egid", "sgid", "fsgid", "tty", "ses", "comm", "exe", "key"),
                fields.stream().map(f -> f.get("name")).toList());
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put((String) f.get("name"), f.get("value")));
        assertEquals(new BigInteger("c000003e", 16), values.get("arch"));
        assertEquals(BigInteger.valueOf(257), values.get("syscall"));
        assertEquals("no", values.get("success"));
        assertEquals(BigInteger.valueOf(-17), values.get("exit"));
        assertEquals(new BigInteger("ffffffffffffff9c", 16), values.get("a0"), "a0 is bare hex, unsigned");
        assertEquals(BigInteger.valueOf(0x41), values.get("a2"), "a2=41 is hex, not decimal");
        assertEquals(BigInteger.valueOf(4294967295L), values.get("auid"));
        assertEquals("(none)", values.get("tty"));
        assertEquals("my prog", values.get("comm"), "an untrusted string in hex is decoded");
        assertEquals("/usr/bin/runc", values.get("exe"));
        assertEquals(null, values.get("key"), "key=(null) is null");
        assertTrue(values.containsKey("key"));
        assertEquals("6D792070726F67", fields.get(22).get("raw"));
        assertEquals("\"/usr/bin/runc\"", fields.get(23).get("raw"));
    }

    @Test
    void otherFormats() {
        assertEquals(new BigInteger("18446744073709551615"), FieldValue.of("contid", "18446744073709551615"));
        assertEquals("200^100", FieldValue.of("contid", "200^100"));
        assertEquals("100,200", FieldValue.of("contid", "100,200"));
        assertEquals(BigInteger.valueOf(-1), FieldValue.of("contid", "-1"));
        assertEquals(BigInteger.valueOf(0100644), FieldValue.of("mode", "0100644"));
        assertEquals(BigInteger.valueOf(0x3f9), FieldValue.of("flags", "0x3f9"));
        assertEquals("00:04", FieldValue.of("nsdev", "00:04"));
        assertEquals("10.0.0.1", FieldValue.of("saddr", "10.0.0.1"));
        assertEquals("it's \"here\"", FieldValue.of("msg", "'it's \"here\"'"));
        assertEquals("007", FieldValue.of("x", "007"), "a decimal with a leading zero is no number the kernel prints");
        assertEquals("exec\u0001web", FieldValue.of("key", "6578656301776562"));
    }

    @Test
    void theTextOfAnAvcRecordIsKept() throws Exception {
        String avc = "type=AVC msg=audit(1500000000.002:3): avc:  denied  { unshare } for  pid=101 comm=\"runc\" "
                + "scontext=web_t tcontext=web_t tclass=container permissive=0";
        String json = TraceJson.toJson(avc, null);
        assertEquals("avc:  denied  { unshare } for", object(json).get("text"));
        assertEquals(avc, TraceJson.toText(json));
    }

    @Test
    void anEditedObjectIsRefusedWithTheReason() throws Exception {
        String json = TraceJson.toJson(SYSCALL, "a.cscript:1");
        assertMessage("field pid: \"value\" 101 does not match \"raw\" 100", json.replace("\"value\":100,", "\"value\":101,"));
        assertMessage("unknown member \"colour\"", json.replace("{\"type\"", "{\"colour\":1,\"type\""));
        assertMessage("\"name\" CONTAINER is not the name of type SYSCALL", json.replace("\"name\":\"SYSCALL\"", "\"name\":\"CONTAINER\""));
        assertMessage("\"ms\" 1000 is out of range", json.replace("\"ms\":42", "\"ms\":1000"));
        assertMessage("do not read back as the same fields", json.replace("\"raw\":\"(none)\"", "\"raw\":\"(none) x=1\"")
                .replace("\"value\":\"(none)\"", "\"value\":\"(none) x=1\""));
        assertMessage("not JSON", "{\"type\":");
        assertMessage("needs \"name\", \"value\" and \"raw\"", json.replace(",\"raw\":\"100\"", ""));
        MalformedRecordException leading = assertThrows(MalformedRecordException.class,
                () -> TraceJson.toJson("type=SYSCALL msg=audit(01500000000.000:1): pid=1", null));
        assertTrue(leading.getMessage().contains("without a leading zero"), leading.getMessage());
    }

    private static void assertMessage(String expected, String json) {
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> TraceJson.toText(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** The JSON object as maps, lists, strings, BigIntegers and nulls (read with Jackson's parser). */
    static Map<String, Object> object(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) value(p);
            assertEquals(null, p.nextToken(), "one object on the line");
            return o;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT -> {
                return p.getBigIntegerValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new AssertionError("unexpected " + p.currentToken());
        }
    }
}
