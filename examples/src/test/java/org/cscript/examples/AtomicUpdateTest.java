package org.cscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript test --update} killed with SIGKILL while it rewrites goldens: every golden is
 * then its old text or its new one, never a truncated or half-written file. The corpus is the
 * examples, copied four times, with every golden made stale; the real launcher is killed at
 * two points of its run.
 */
class AtomicUpdateTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String STALE = "type=SYSCALL msg=audit(1.000:1): stale=1\n";

    @TempDir
    Path dir;

    @Test
    void aKilledUpdateLeavesEachGoldenOldOrNew() throws Exception {
        List<Path> goldens = new ArrayList<>();
        try (Stream<Path> examples = Files.list(ROOT.resolve("examples"))) {
            for (Path script : examples.filter(p -> p.toString().endsWith(".cscript")).sorted().toList()) {
                for (int copy = 0; copy < 4; copy++) {
                    Path folder = Files.createDirectories(dir.resolve("c" + copy));
                    String name = script.getFileName().toString();
                    Files.copy(script, folder.resolve(name));
                    goldens.add(folder.resolve(name.replace(".cscript", ".trace")));
                }
            }
        }
        for (long killAfterMs : new long[] {1200, 2200}) {
            for (Path golden : goldens) {
                Path example = ROOT.resolve("examples").resolve(golden.getFileName());
                Files.writeString(golden, Files.readString(example) + STALE);
            }
            Process update = new ProcessBuilder("bash", ROOT.resolve("cscript").toString(), "test", "--update", "-j", "2",
                    dir.toString()).directory(ROOT.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = update.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
            update.descendants().forEach(ProcessHandle::destroyForcibly);   // SIGKILL to the JVM under bash
            update.destroyForcibly();
            update.waitFor(30, TimeUnit.SECONDS);
            int rewritten = 0;
            for (Path golden : goldens) {
                String text = Files.readString(golden, StandardCharsets.UTF_8);
                String fresh = Files.readString(ROOT.resolve("examples").resolve(golden.getFileName()), StandardCharsets.UTF_8);
                assertTrue(text.equals(fresh) || text.equals(fresh + STALE),
                        golden + " is neither its old nor its new text after a kill at " + killAfterMs + " ms ("
                                + text.length() + " chars)");
                rewritten += text.equals(fresh) ? 1 : 0;
            }
            System.out.println("killed at " + killAfterMs + " ms" + (finished ? " (after it finished)" : "") + ": "
                    + rewritten + " of " + goldens.size() + " goldens rewritten");
        }
        assertEquals(goldens.size(), goldens.stream().distinct().count());
    }
}
