package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/stdlib.md documents every public function (a name not starting with '_') of the standard
 * modules it has a reference section for, with its parameters as the module declares them, and
 * names no function the modules lack.
 */
class StdlibReferenceTest {
    private static final Path STD = Path.of("../stdlib/std");
    private static final Path DOC = Path.of("../docs/stdlib.md");
    /** The modules whose every function has a "### `name(params)`" entry in docs/stdlib.md. */
    private static final List<String> MODULES = List.of("oci", "pod", "audit", "podman", "lxc", "nspawn");
    private static final Pattern FN = Pattern.compile("(?m)^fn ([A-Za-z][A-Za-z0-9_]*)\\(([^)]*)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^### `([A-Za-z_][A-Za-z0-9_]*)\\(([^)]*)\\)`$");

    @Test
    void everyPublicFunctionHasAnEntryWithItsParameters() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        for (String module : MODULES) {
            Matcher m = FN.matcher(Files.readString(STD.resolve(module + ".cscript")));
            while (m.find()) {
                declared.put(m.group(1), m.group(2).replace(" ", ""));
            }
        }
        assertTrue(declared.size() >= 20, "public functions found: " + declared.keySet());
        Map<String, String> documented = new TreeMap<>();
        Matcher h = HEADING.matcher(Files.readString(DOC));
        while (h.find()) {
            String name = h.group(1);
            if (MODULES.stream().anyMatch(mod -> name.startsWith(mod + "_"))) {
                documented.put(name, h.group(2).replace(" ", ""));
            }
        }
        assertEquals(declared, documented, "docs/stdlib.md headings against the modules' fn declarations");
    }
}
