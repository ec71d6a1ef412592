package org.cscript.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of a trace (docs/json.md): one JSON object per record line, on one line of its
 * own (NDJSON), with the record type's text, design name and number, the timestamp's seconds and
 * milliseconds, the serial, the statement that wrote the record, and the fields in print order,
 * each with its typed value ({@link FieldValue}) and its text as printed. The text is kept, so
 * {@link #toText} gives back the line byte for byte; the object is the line's only source, so
 * the same record has the same JSON whether the kernel wrote it or a text trace was converted.
 */
public final class TraceJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TraceJson() {
    }

    /**
     * The JSON object (no line terminator) of the record line {@code line}, written by the
     * statement {@code origin} ("FILE:LINE"; null or empty when unknown: {@code "origin":null}).
     *
     * @throws MalformedRecordException for a line that is no well-formed record, or one whose
     *         header has a number the JSON could not give back as printed (a leading zero)
     */
    public static String toJson(String line, String origin) throws MalformedRecordException {
        TraceRecord r = TraceRecord.parse(line);
        String stamp = r.timestamp();
        int dot = stamp.indexOf('.');
        String seconds = stamp.substring(0, dot);
        int serialStart = "type=".length() + r.printedType().length() + " msg=audit(".length() + stamp.length() + 1;
        String serial = line.substring(serialStart, line.indexOf(')', serialStart));
        if (!canonical(seconds) || !canonical(serial)) {
            throw new MalformedRecordException("malformed audit record (the seconds and the serial must be decimals "
                    + "without a leading zero, up to 19 digits): " + line);
        }
        StringWriter out = new StringWriter(2 * line.length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            String typeText = r.printedType();
            g.writeStartObject();
            g.writeStringField("type", typeText);
            g.writeStringField("name", r.type());
            int number = RecordType.numberOfText(typeText);
            if (number < 0) {
                g.writeNullField("number");
            } else {
                g.writeNumberField("number", number);
            }
            g.writeNumberField("sec", Long.parseLong(seconds));
            g.writeNumberField("ms", Integer.parseInt(stamp.substring(dot + 1)));
            g.writeNumberField("serial", r.serial());
            writeOrigin(g, origin);
            if (r.text() != null) {
                g.writeStringField("text", r.text());
            }
            g.writeArrayFieldStart("fields");
            for (int i = 0; i < r.fieldNames().size(); i++) {
                String name = r.fieldNames().get(i);
                String raw = r.raw(i);
                g.writeStartObject();
                g.writeStringField("name", name);
                g.writeFieldName("value");
                switch (FieldValue.of(name, raw)) {
                    case null -> g.writeNull();
                    case BigInteger n -> writeNumber(g, n);
                    case Object s -> g.writeString(s.toString());
                }
                g.writeStringField("raw", raw);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void writeOrigin(JsonGenerator g, String origin) throws IOException {
        int colon = origin == null ? -1 : origin.lastIndexOf(':');
        if (colon <= 0 || !canonical(origin.substring(colon + 1))) {
            g.writeNullField("origin");
            return;
        }
        g.writeObjectFieldStart("origin");
        g.writeStringField("file", origin.substring(0, colon));
        g.writeNumberField("line", Long.parseLong(origin.substring(colon + 1)));
        g.writeEndObject();
    }

    private static void writeNumber(JsonGenerator g, BigInteger n) throws IOException {
        if (n.bitLength() < 64) {
            g.writeNumber(n.longValue());
        } else {
            g.writeNumber(n);
        }
    }

    /** A decimal that fits a long and prints as it reads: no sign, no leading zero. */
    private static boolean canonical(String digits) {
        if (digits.isEmpty() || digits.length() > 19 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return digits.length() < 19 || digits.compareTo("9223372036854775807") <= 0;
    }

    /**
     * The record line (no line terminator) of one JSON object as {@link #toJson} writes it.
     * Every member is checked: the type's name and number, each field's value against its text,
     * and the line made must read back as the same fields, so an edited object cannot turn into
     * a different record unnoticed.
     *
     * @throws MalformedRecordException naming what is wrong
     */
    public static String toText(String json) throws MalformedRecordException {
        try (JsonParser p = FACTORY.createParser(json)) {
            Header h = new Header();
            expect(p, JsonToken.START_OBJECT, "a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                p.nextToken();
                switch (member) {
                    case "type" -> h.type = string(p, member);
                    case "name" -> h.name = string(p, member);
                    case "number" -> h.number = p.currentToken() == JsonToken.VALUE_NULL ? -1 : integer(p, member, 0, 1L << 31);
                    case "sec" -> h.sec = integer(p, member, 0, Long.MAX_VALUE);
                    case "ms" -> h.ms = integer(p, member, 0, 999);
                    case "serial" -> h.serial = integer(p, member, 0, Long.MAX_VALUE);
                    case "origin" -> p.skipChildren();   // where the record came from: not part of its line
                    case "text" -> h.text = string(p, member);
                    case "fields" -> h.fields = fields(p);
                    default -> throw bad("unknown member \"" + member + "\"");
                }
            }
            if (p.nextToken() != null) {
                throw bad("text after the JSON object");
            }
            return h.line();
        } catch (JsonProcessingException e) {
            throw bad("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reading a String does not fail
        }
    }

    /** The members of one object as read, before they are checked against each other. */
    private static final class Header {
        String type;
        String name;
        long number = -2;
        long sec = -1;
        long ms = -1;
        long serial = -1;
        String text;
        List<String[]> fields;

        String line() throws MalformedRecordException {
            if (type == null || name == null || number == -2 || sec < 0 || ms < 0 || serial < 0 || fields == null) {
                throw bad("an object needs \"type\", \"name\", \"number\", \"sec\", \"ms\", \"serial\" and \"fields\"");
            }
            if (!name.equals(RecordType.designName(type))) {
                throw bad("\"name\" " + name + " is not the name of type " + type + " (" + RecordType.designName(type) + ")");
            }
            if (number != RecordType.numberOfText(type)) {
                throw bad("\"number\" " + number + " is not the number of type " + type);
            }
            StringBuilder line = new StringBuilder(256).append("type=").append(type).append(" msg=audit(").append(sec)
                    .append('.').append(ms < 100 ? (ms < 10 ? "00" : "0") : "").append(ms).append(':').append(serial)
                    .append("):");
            if (text != null) {
                line.append(' ').append(text).append(' ');   // AVC: "avc:  denied  { op } for" and two spaces before pid=
            }
            for (String[] f : fields) {
                line.append(' ').append(f[0]).append('=').append(f[1]);
            }
            String made = line.toString();
            TraceRecord back = TraceRecord.parse(made);
            boolean same = back.fieldNames().size() == fields.size() && Objects.equals(back.text(), text)
                    && back.printedType().equals(type);
            for (int i = 0; same && i < fields.size(); i++) {
                same = back.fieldNames().get(i).equals(fields.get(i)[0]) && back.raw(i).equals(fields.get(i)[1]);
            }
            if (!same) {
                throw bad("its fields do not read back as the same fields (a \"raw\" text with a space and a '='?): " + made);
            }
            return made;
        }
    }

    /** The "fields" array: name and raw text of each, the value checked against the text. */
    private static List<String[]> fields(JsonParser p) throws IOException, MalformedRecordException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw bad("\"fields\" must be an array");
        }
        List<String[]> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw bad("field " + (out.size() + 1) + " must be an object {\"name\", \"value\", \"raw\"}");
            }
            String name = null;
            String raw = null;
            Object value = Missing.VALUE;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken t = p.nextToken();
                switch (member) {
                    case "name" -> name = string(p, "name");
                    case "raw" -> raw = string(p, "raw");
                    case "value" -> value = switch (t) {
                        case VALUE_NULL -> null;
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_INT -> p.getBigIntegerValue();
                        default -> throw bad("field " + (out.size() + 1) + ": \"value\" must be a string, an integer or null");
                    };
                    default -> throw bad("field " + (out.size() + 1) + ": unknown member \"" + member + "\"");
                }
            }
            if (name == null || raw == null || value == Missing.VALUE) {
                throw bad("field " + (out.size() + 1) + " needs \"name\", \"value\" and \"raw\"");
            }
            Object meant = FieldValue.of(name, raw);
            if (!Objects.equals(meant, value)) {
                throw bad("field " + name + ": \"value\" " + shown(value) + " does not match \"raw\" " + raw + " (its value is "
                        + shown(meant) + ")");
            }
            out.add(new String[] {name, raw});
        }
        return out;
    }

    private enum Missing {
        VALUE
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static void expect(JsonParser p, JsonToken token, String what) throws IOException, MalformedRecordException {
        if (p.nextToken() != token) {
            throw bad("expected " + what);
        }
    }

    private static String string(JsonParser p, String member) throws IOException, MalformedRecordException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw bad("\"" + member + "\" must be a string");
        }
        return p.getText();
    }

    private static long integer(JsonParser p, String member, long min, long max) throws IOException, MalformedRecordException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw bad("\"" + member + "\" must be an integer");
        }
        BigInteger v = p.getBigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw bad("\"" + member + "\" " + v + " is out of range " + min + "-" + max);
        }
        return v.longValue();
    }

    private static MalformedRecordException bad(String reason) {
        return new MalformedRecordException("malformed JSON record: " + reason);
    }
}
