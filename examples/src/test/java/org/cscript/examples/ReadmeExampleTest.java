package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "A scenario and its trace" section must show quick_tour exactly as it runs. */
class ReadmeExampleTest {
    @Test
    void readmeShowsTheQuickTourAndItsGoldenTrace() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("## A scenario and its trace");
        assertTrue(section >= 0, "README.md lost its 'A scenario and its trace' section");
        List<String> blocks = fencedBlocks(readme.substring(section));
        assertTrue(blocks.size() >= 2, "expected the script and its trace as the section's first two code blocks");

        String script = String.join("\n", Files.readAllLines(Path.of("quick_tour.cscript")).stream()
                .filter(line -> !line.startsWith("#")).toList());
        assertEquals(script, blocks.get(0), "README script differs from examples/quick_tour.cscript");
        assertEquals(Files.readString(Path.of("quick_tour.trace")).stripTrailing(), blocks.get(1),
                "README trace differs from examples/quick_tour.trace");
    }

    /** The bodies of fenced code blocks (``` lines, with or without an info string), in order. */
    private static List<String> fencedBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder body = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (body == null) {
                    body = new StringBuilder();
                } else {
                    blocks.add(body.isEmpty() ? "" : body.substring(0, body.length() - 1));
                    body = null;
                }
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        return blocks;
    }
}
