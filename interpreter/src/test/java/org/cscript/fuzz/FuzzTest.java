package org.cscript.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cscript.host.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the front end, the static checks and the interpreter (docs/testing.md, "Fuzzing"):
 * the regression corpus and the examples replayed, then a budget of generated and mutated inputs
 * from a fixed seed ({@code cscript.fuzz.inputs}, default 10,000; {@code cscript.fuzz.seed}, a
 * number or {@code random}). Every input must be handled well ({@link FuzzOracle}). A failure is
 * shrunk, saved under target/fuzz-failures/ and named in the message; add it to the corpus once fixed.
 */
class FuzzTest {
    private static final Path CORPUS = Path.of("src/test/resources/org/cscript/fuzz/corpus");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void everyInputIsHandledWell() throws Exception {
        int budget = Integer.getInteger("cscript.fuzz.inputs", 10_000);
        String seedText = System.getProperty("cscript.fuzz.seed", "20261201");
        long seed = seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        List<byte[]> seeds = new ArrayList<>();
        for (Path folder : List.of(CORPUS, EXAMPLES)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".cscript")).sorted().toList()) {
                    seeds.add(Files.readAllBytes(f));
                }
            }
        }
        List<byte[]> inputs = new ArrayList<>(seeds);
        ScriptGenerator generator = new ScriptGenerator(seed);
        ScriptMutator mutator = new ScriptMutator(seed + 1);
        Random pick = new Random(seed + 2);
        for (int i = 0; i < budget; i++) {
            String text = i % 2 == 0 ? generator.script()
                    : mutator.mutate(new String(seeds.get(pick.nextInt(seeds.size())), StandardCharsets.UTF_8));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (i % 50 == 7 && bytes.length > 0) {
                bytes[pick.nextInt(bytes.length)] = (byte) 0xFF;   // invalid UTF-8 now and then
            }
            inputs.add(bytes);
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> kinds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicLong done = new AtomicLong();
        AtomicLong mishandled = new AtomicLong();
        long start = System.nanoTime();
        try (SharedEngine engine = new SharedEngine();
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int worker = w;
                jobs.add(pool.submit(() -> {
                    FuzzOracle oracle = new FuzzOracle(engine, TIMEOUT);
                    Path file = dir.resolve("input" + worker + ".cscript");
                    for (int i = worker; i < inputs.size(); i += 2) {
                        String verdict = oracle.verdict(file, inputs.get(i));
                        // one report per kind of mishandling (its first line, numbers dropped), at most five
                        if (verdict != null && kinds.size() < 5 && kinds.add(kind(verdict))) {
                            failures.add(save(i, inputs.get(i), verdict, oracle, dir.resolve("shrink" + worker + ".cscript")));
                        }
                        mishandled.addAndGet(verdict == null ? 0 : 1);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        }
        System.out.printf("fuzz: %d inputs (seed %d, %d corpus and examples) in %.1f s, %d mishandled%n", done.get(), seed,
                seeds.size(), (System.nanoTime() - start) / 1e9, mishandled.get());
        if (!failures.isEmpty()) {
            fail(mishandled.get() + " inputs mishandled (seed " + seed + "); one of each kind:\n\n"
                    + String.join("\n\n", failures));
        }
        assertTrue(done.get() >= budget, "ran " + done.get() + " of " + budget);
    }

    private static String kind(String verdict) {
        return verdict.lines().findFirst().orElse("").replaceAll("\\d+", "N").replaceAll(":.*", "")
                + verdict.lines().skip(1).findFirst().orElse("").replaceAll("\\d+", "N").replaceAll("(Exception|Error):.*", "$1");
    }

    /** Shrinks the input, writes both to target/fuzz-failures/ and describes the failure. */
    private static String save(int index, byte[] input, String verdict, FuzzOracle oracle, Path scratch)
            throws IOException {
        byte[] small = Shrink.lines(input, bytes -> oracle.verdict(scratch, bytes) != null);
        Path out = Files.createDirectories(Path.of("target/fuzz-failures"));
        Path full = out.resolve("input-" + index + ".cscript");
        Path shrunk = out.resolve("input-" + index + "-shrunk.cscript");
        Files.write(full, input);
        Files.write(shrunk, small);
        return "input " + index + ": " + verdict + "\n  saved as " + full.toAbsolutePath() + "\n  shrunk to "
                + shrunk.toAbsolutePath() + ":\n" + new String(small, StandardCharsets.UTF_8).indent(4);
    }
}
