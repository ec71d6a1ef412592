package org.cscript.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Delta debugging by lines: drops chunks of lines while the input still fails, halving the chunk. */
final class Shrink {
    /** Whether an input still shows the failure. */
    interface Fails {
        boolean test(byte[] input) throws IOException;
    }

    private Shrink() {
    }

    static byte[] lines(byte[] input, Fails fails) throws IOException {
        List<String> lines = new ArrayList<>(List.of(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        int tries = 0;
        for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && tries < 200; chunk /= 2) {
            for (int at = 0; at < lines.size() && tries < 200; ) {
                List<String> fewer = new ArrayList<>(lines.subList(0, at));
                fewer.addAll(lines.subList(Math.min(lines.size(), at + chunk), lines.size()));
                tries++;
                if (!fewer.equals(lines) && fails.test(String.join("\n", fewer).getBytes(StandardCharsets.UTF_8))) {
                    lines = fewer;
                } else {
                    at += chunk;
                }
            }
        }
        byte[] shrunk = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return fails.test(shrunk) ? shrunk : input;   // a failure that needs invalid bytes keeps them
    }
}
