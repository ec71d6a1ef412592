package org.cscript.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a scenario's header comment (its leading {@code #} lines) tells the runner:
 * {@code # tags: slow netns} (selected with {@code --tags}) and {@code # skip: REASON}
 * (the scenario is reported SKIP and not run).
 */
record ScenarioHeader(Set<String> tags, String skipReason) {

    static ScenarioHeader read(Path script) throws IOException {
        Set<String> tags = new TreeSet<>();
        String skip = null;
        List<String> header = new ArrayList<>();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.add(line.substring(1).strip());
        }
        for (String line : header) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tags:")) {
                for (String tag : line.substring("tags:".length()).split("[,\\s]+")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            } else if (lower.startsWith("skip:")) {
                String reason = line.substring("skip:".length()).strip();
                skip = reason.isEmpty() ? "no reason given" : reason;
            }
        }
        return new ScenarioHeader(Set.copyOf(tags), skip);
    }
}
