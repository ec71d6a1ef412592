package org.cscript.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One audit record line as printed in a trace (kernel-model.md §4.1 line format, §4.2
 * encodings): {@code type=NAME msg=audit(SEC.MSEC:SERIAL): name=value ...}. Parsing is strict
 * about the layout (one space between fields, no trailing space) so that formatting bugs in
 * the kernel show up here rather than as puzzling assertion failures.
 */
public final class TraceRecord {

    /** Fields printed with the audit "untrusted string" rule (§4.2): quoted, or bare uppercase hex. */
    private static final Set<String> UNTRUSTED_STRING_FIELDS = Set.of("comm", "exe", "name", "key");

    private static final Pattern HEADER = Pattern.compile(
            "type=(\\S+) msg=audit\\((\\d+\\.\\d{3}):(\\d+)\\):");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final Pattern UPPER_HEX = Pattern.compile("(?:[0-9A-F]{2})+");

    /** The line; for a written record made on first request. */
    private String line;
    private final String type;
    private String timestamp;
    private final long serial;
    private final List<String> fieldNames;
    /** A parsed line's value of each field, in printed order; null for a written record. */
    private final List<String> fieldValues;
    /** A parsed line's text before its fields that is no field (AVC's {@code avc:  denied  { op } for}), or null. */
    private final String text;
    /** A parsed line's first value of each field; null for a written record (its fields answer). */
    private final Map<String, String> firstValues;
    /** A written record and its event; null for a parsed line. */
    private final AuditRecord written;
    private final WrittenEvent event;

    private TraceRecord(String line, String type, String timestamp, long serial, List<String> fieldNames,
            List<String> fieldValues, String text, Map<String, String> firstValues) {
        this.line = line;
        this.type = type;
        this.timestamp = timestamp;
        this.serial = serial;
        this.fieldNames = Collections.unmodifiableList(fieldNames);
        this.fieldValues = Collections.unmodifiableList(fieldValues);
        this.text = text;
        this.firstValues = firstValues;
        this.written = null;
        this.event = null;
    }

    private TraceRecord(WrittenEvent event, AuditRecord written) {
        this.event = event;
        this.written = written;
        this.type = event.designType(written);
        this.serial = event.serial();
        String[] names = new String[written.fieldCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = written.fieldName(i);
        }
        this.fieldNames = List.of(names);
        this.fieldValues = null;
        this.text = null;
        this.firstValues = null;
    }

    /**
     * Record {@code i} of an event the kernel wrote, read from the record itself rather than its
     * printed line: the same answers as {@link #parse} of that line (the invariant checks parse
     * every line the examples write, so a formatting bug cannot hide behind this).
     */
    public static TraceRecord of(WrittenEvent event, int i) {
        return new TraceRecord(event, event.records().get(i));
    }

    /**
     * Parses one line (without its line terminator).
     *
     * @throws MalformedRecordException for a line that is not a well-formed record, naming what is wrong
     */
    /** The text an AVC record has before its fields (SeedRecordCatalogue.avcDenied), up to the space before pid=. */
    private static final Pattern AVC_TEXT = Pattern.compile(" avc:  denied  \\{ [a-z_]+ \\} for ");

    public static TraceRecord parse(String line) throws MalformedRecordException {
        Matcher header = HEADER.matcher(line);
        if (!header.lookingAt()) {
            throw malformed(line, "it does not start with 'type=NAME msg=audit(SECONDS.MILLIS:SERIAL):'");
        }
        long serial;
        try {
            serial = Long.parseLong(header.group(3));
        } catch (NumberFormatException e) {
            throw malformed(line, "serial " + header.group(3) + " is out of range");
        }
        List<String> names = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        int pos = header.end();
        if (pos == line.length() || line.charAt(pos) != ' ' || pos + 1 == line.length()) {
            throw malformed(line, "expected ' ' and fields after the msg=audit(...): header");
        }
        Matcher avc = AVC_TEXT.matcher(line).region(pos, line.length());
        String text = null;
        if (avc.lookingAt()) {
            text = line.substring(pos + 1, avc.end() - 1);
            pos = avc.end();   // AVC's "avc:  denied  { op } for" is text, no field (AuditRecord.Builder.text)
        }
        while (pos < line.length()) {
            // pos is at the space before a field
            if (line.charAt(pos) != ' ') {
                throw malformed(line, "expected one space before column " + (pos + 1));
            }
            pos++;
            int equals = line.indexOf('=', pos);
            if (equals < 0) {
                throw malformed(line, "field at column " + (pos + 1) + " has no '='");
            }
            String name = line.substring(pos, equals);
            if (!FIELD_NAME.matcher(name).matches()) {
                throw malformed(line, "bad field name '" + name + "' at column " + (pos + 1));
            }
            int valueEnd = valueEnd(line, equals + 1, name);
            names.add(name);
            printed.add(line.substring(equals + 1, valueEnd));
            values.putIfAbsent(name, printed.getLast());
            pos = valueEnd;
        }
        return new TraceRecord(line, RecordType.designName(header.group(1)), header.group(2), serial, names, printed, text,
                values);
    }

    /** The index just after the value that starts at {@code start}. */
    private static int valueEnd(String line, int start, String name) throws MalformedRecordException {
        if (start < line.length() && line.charAt(start) == '"') {
            int close = line.indexOf('"', start + 1);
            if (close < 0) {
                throw malformed(line, "unterminated \" in field '" + name + "'");
            }
            return requireSeparator(line, close + 1, name);
        }
        if (start < line.length() && line.charAt(start) == '\'') {
            // USER msg='<text>' prints the text verbatim (§4.3), so it may hold spaces and quotes:
            // it ends at the first ' that is followed by the end of the line or by " name=".
            for (int close = line.indexOf('\'', start + 1); close >= 0; close = line.indexOf('\'', close + 1)) {
                if (close + 1 == line.length() || startsField(line, close + 1)) {
                    return close + 1;
                }
            }
            throw malformed(line, "unterminated ' in field '" + name + "'");
        }
        int space = line.indexOf(' ', start);
        return space < 0 ? line.length() : requireSeparator(line, space, name);
    }

    private static int requireSeparator(String line, int pos, String name) throws MalformedRecordException {
        if (pos == line.length()) {
            return pos;
        }
        if (!startsField(line, pos)) {
            throw malformed(line, "after field '" + name + "' expected one space and the next name=value, at column "
                    + (pos + 1));
        }
        return pos;
    }

    /** At {@code pos}: one space, then a field name and '='. */
    private static boolean startsField(String line, int pos) {
        if (pos >= line.length() || line.charAt(pos) != ' ') {
            return false;
        }
        int equals = line.indexOf('=', pos + 1);
        return equals > pos + 1 && FIELD_NAME.matcher(line.substring(pos + 1, equals)).matches();
    }

    private static MalformedRecordException malformed(String line, String reason) {
        return new MalformedRecordException("malformed audit record (" + reason + "): " + line);
    }

    /**
     * The record type by its design name: as printed after {@code type=}, except that auditd
     * 3.0.9's text for a type it does not know ({@code UNKNOWN[1340]}, {@code URINGOP} for
     * 1336) reads as the design's name (NS_CREATE, CONTAINER_ID; {@link RecordType#designName}).
     */
    public String type() {
        return type;
    }

    /** The record type exactly as printed after {@code type=}: {@code UNKNOWN[1340]}, {@code SYSCALL}. */
    public String printedType() {
        if (event != null) {
            return event.typeText(written);
        }
        return line.substring("type=".length(), line.indexOf(' '));
    }

    /** The event time as printed: {@code 1500000000.003}. */
    public String timestamp() {
        if (timestamp == null) {
            String l = line();
            timestamp = l.substring(l.indexOf('(') + 1, l.indexOf(':'));
        }
        return timestamp;
    }

    public long serial() {
        return serial;
    }

    /** The whole line as parsed. */
    public String line() {
        if (line == null) {
            line = written.format(event.upstreamNames(), event.asAuditd(), event.clockMs(), serial);
        }
        return line;
    }

    /** Field names in printed order (a name printed twice appears twice). */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** The value of field {@code i} (print order) exactly as printed, quotes included. */
    public String raw(int i) {
        return fieldValues != null ? fieldValues.get(i) : written.fieldValue(i);
    }

    /**
     * The words before the fields that are no field, as printed: AVC's {@code avc:  denied  { op } for}
     * (one space before them, one before the first field); null for every other record and for a
     * record read from the kernel rather than parsed.
     */
    public String text() {
        return text;
    }

    /** The value exactly as printed (quotes included), of the first field of that name, or null. */
    public String raw(String field) {
        return firstValues != null ? firstValues.get(field) : written.value(field);
    }

    /**
     * The value as the kernel meant it: {@code "..."} and {@code '...'} lose their quotes; an
     * untrusted-string field (comm, exe, name, key) printed as bare uppercase hex is decoded
     * (§4.2, UTF-8); anything else is returned as printed. Null if the field is absent.
     */
    public String decoded(String field) {
        String raw = raw(field);
        if (raw == null) {
            return null;
        }
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
            return raw.substring(1, raw.length() - 1);
        }
        if (UNTRUSTED_STRING_FIELDS.contains(field) && UPPER_HEX.matcher(raw).matches()) {
            return new String(java.util.HexFormat.of().parseHex(raw), StandardCharsets.UTF_8);
        }
        return raw;
    }

    @Override
    public String toString() {
        return line();
    }
}
