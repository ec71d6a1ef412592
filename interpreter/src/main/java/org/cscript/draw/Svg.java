package org.cscript.draw;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small SVG writer over the JDK's {@link XMLStreamWriter}, which escapes text and attributes.
 * Elements are indented by nesting depth, numbers are integers, and text is cleaned of what XML
 * 1.0 cannot hold or an attribute would not keep (control characters, tabs and line breaks too, lone
 * surrogates) shown as {@code \xNN}, so the same calls
 * give the same bytes.
 */
final class Svg {
    private static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    Svg(int width, int height, String style) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("width", Integer.toString(width));
            xml.writeAttribute("height", Integer.toString(height));
            xml.writeAttribute("viewBox", "0 0 " + width + " " + height);
            depth = 1;
            open("style");
            xml.writeCharacters(style);
            close();
            open("rect", "x", "0", "y", "0", "width", Integer.toString(width), "height", Integer.toString(height),
                    "class", "background");
            close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs (a null value leaves the attribute out). */
    Svg open(String name, String... attributes) {
        try {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
                }
            }
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the innermost open element. */
    Svg close() {
        try {
            depth--;
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without children but its text ({@code text}, {@code title}). */
    Svg leaf(String name, String content, String... attributes) {
        open(name, attributes);
        try {
            xml.writeCharacters(clean(content));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return close();
    }

    /** An empty element ({@code rect}, {@code line}, {@code circle}...). */
    Svg empty(String name, String... attributes) {
        return open(name, attributes).close();
    }

    /** The document, closed. */
    String finish() {
        try {
            while (depth > 1) {
                close();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String num(long n) {
        return Long.toString(n);
    }

    /** {@code s} with every character XML 1.0 cannot hold written as {@code \xNN} (or {@code \\uNNNN}). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                b.append(c < 0x100 ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c)
                        : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s} cut to {@code max} characters, the cut shown by an ellipsis. */
    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
