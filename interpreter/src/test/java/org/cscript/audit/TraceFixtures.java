package org.cscript.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the trace fixtures under src/test/resources/org/cscript/audit. */
final class TraceFixtures {

    /** The complete example traces of kernel-model.md §4.7, and a file of encoding corner cases. */
    static final List<String> NAMES = List.of(
            "worked-example-a.trace", "worked-example-b.trace", "worked-example-c.trace", "encodings.trace");

    private TraceFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TraceFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource org/cscript/audit/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the fixture is, for test reports. */
    static URI uri(String name) {
        try {
            return TraceFixtures.class.getResource(name).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).lines().toList();
    }

    /** Line {@code index} of a fixture as a record (fixtures are well formed). */
    static TraceRecord record(String name, int index) {
        try {
            return TraceRecord.parse(lines(name).get(index));
        } catch (MalformedRecordException e) {
            throw new IllegalStateException(e);
        }
    }
}
