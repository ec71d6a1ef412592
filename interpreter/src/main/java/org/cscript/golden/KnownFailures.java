package org.cscript.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A known-failures file ({@code --xfail FILE}): one scenario path per line, relative to the
 * folder the run starts in or absolute; {@code #} starts a comment. A listed scenario that fails
 * is XFAIL; one that passes is XPASS and fails the run, so the list cannot go stale.
 */
public final class KnownFailures {
    public static final KnownFailures NONE = new KnownFailures(Set.of());

    private final Set<Path> scripts;

    private KnownFailures(Set<Path> scripts) {
        this.scripts = scripts;
    }

    public static KnownFailures read(Path file) throws IOException {
        Set<Path> scripts = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!entry.isEmpty()) {
                scripts.add(normal(Path.of(entry)));
            }
        }
        return new KnownFailures(Set.copyOf(scripts));
    }

    boolean lists(Path script) {
        return scripts.contains(normal(script));
    }

    /** Applies the list to an outcome: FAIL becomes XFAIL, PASS becomes XPASS. */
    ScenarioOutcome apply(ScenarioOutcome o) {
        if (!lists(o.script())) {
            return o;
        }
        return switch (o.verdict()) {
            case FAIL -> o.internal() ? o : o.withVerdict(Verdict.XFAIL, null);
            case PASS -> o.withVerdict(Verdict.XPASS, "listed as a known failure, but it passed: remove it from the list");
            default -> o;
        };
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
