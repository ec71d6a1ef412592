package org.cscript.golden;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Report files of a golden suite: JUnit XML as CI systems read it (one testcase per scenario,
 * the diff or diagnostics in its failure) and JSON. Both are written atomically. Times are the
 * only part that varies between runs.
 */
public final class Reports {
    private Reports() {
    }

    public static void junit(Path file, SuiteResult result) throws IOException {
        AtomicFiles.write(file, junitXml(result));
    }

    public static void json(Path file, SuiteResult result) throws IOException {
        AtomicFiles.write(file, json(result));
    }

    static String junitXml(SuiteResult result) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "cscript");
            x.writeAttribute("tests", Long.toString(result.outcomes().size() + result.obsolete().size()));
            x.writeAttribute("failures", Long.toString(result.failed()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Long.toString(result.skipped()));
            x.writeAttribute("time", seconds(result.outcomes().stream().mapToLong(o -> o.time().toNanos()).sum()));
            for (ScenarioOutcome o : result.outcomes()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                Path parent = o.script().getParent();
                x.writeAttribute("classname", parent == null ? "." : parent.toString());
                x.writeAttribute("name", o.script().getFileName().toString());
                x.writeAttribute("time", seconds(o.time().toNanos()));
                if (o.verdict().failed()) {
                    x.writeStartElement("failure");
                    x.writeAttribute("message", o.verdict().name());
                    x.writeAttribute("type", o.verdict().name());
                    x.writeCData(cdataSafe(o.detail()));
                    x.writeEndElement();
                } else if (o.verdict() == Verdict.SKIP) {
                    x.writeEmptyElement("skipped");
                    x.writeAttribute("message", o.detail());
                }
                x.writeEndElement();
            }
            for (SuiteResult.Obsolete g : result.obsolete()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", "obsolete");
                x.writeAttribute("name", g.golden().toString());
                if (g.failed()) {
                    x.writeStartElement("failure");
                    x.writeAttribute("message", "OBSOLETE");
                    x.writeCharacters("its scenario " + Expectation.scriptOf(g.golden()) + " is gone " + g.detail());
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
        return text.toString();
    }

    static String json(SuiteResult result) {
        StringBuilder out = new StringBuilder("{\n  \"scenarios\": [");
        String sep = "\n";
        for (ScenarioOutcome o : result.outcomes()) {
            out.append(sep).append("    {\"path\": ").append(string(o.script().toString()))
                    .append(", \"verdict\": ").append(string(o.verdict().name()))
                    .append(", \"change\": ").append(string(o.change().word()))
                    .append(", \"time_ms\": ").append(o.time().toMillis())
                    .append(", \"detail\": ").append(string(o.detail())).append('}');
            sep = ",\n";
        }
        out.append("\n  ],\n  \"obsolete\": [");
        sep = "\n";
        for (SuiteResult.Obsolete g : result.obsolete()) {
            out.append(sep).append("    {\"path\": ").append(string(g.golden().toString()))
                    .append(", \"removed\": ").append(g.removed()).append(", \"failed\": ").append(g.failed()).append('}');
            sep = ",\n";
        }
        out.append("\n  ],\n  \"passed\": ").append(result.passed()).append(",\n  \"failed\": ").append(result.failed())
                .append(",\n  \"skipped\": ").append(result.skipped()).append("\n}\n");
        return out.toString();
    }

    /** A JSON string literal (RFC 8259: quote, backslash and control characters escaped). */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /**
     * CDATA cannot hold "]]>" (split it across two sections) nor the control characters XML 1.0
     * forbids, which a trace can hold (the 0x01 key separator): those become U+FFFD.
     */
    private static String cdataSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
        }
        return out.toString().replace("]]>", "]]]]><![CDATA[>");
    }
}
