package org.cscript.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cscript.coverage.ErrnoCheck;
import org.cscript.coverage.ErrnoChecks;
import org.cscript.kernel.InvariantViolation;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.KernelException;
import org.junit.jupiter.api.Test;

/**
 * Property: on any sequence of model operations the kernel keeps every invariant of
 * kernel-model.md §1.12 after every operation, and the same sequence gives the same trace, byte
 * for byte, on a second fresh kernel. Each try draws a boot configuration and up to
 * {@value #DEFAULT_MAX_STEPS} {@link Step}s of {@link ModelOps} ({@link Generator}; picks resolved
 * against the live state by {@link World}) and runs them on a kernel checking its invariants after every
 * operation; an errno is an expected outcome, anything else (an {@link InvariantViolation}, any
 * other exception, a differing replay) fails the try, which is then shrunk ({@link Shrinker})
 * to a minimal sequence and reported as the script that really ran.
 *
 * <p>Deterministic: {@value #DEFAULT_TRIES} tries from a fixed seed. Try {@code i} uses seed
 * {@code seed + i * 0x9E3779B97F4A7C15}, so a reported try's seed reruns it alone. To run
 * longer or elsewhere (a random seed is printed):
 * <pre>
 * ./run-tests -pl interpreter -am -Dtest=KernelModelPropertyTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcscript.kernel.tries=200000 -Dcscript.kernel.steps=80 -Dcscript.kernel.seed=random
 * </pre>
 * (any Maven invocation of the test takes the same {@code -D} properties; {@code seed} also
 * takes a number such as {@code 0x1234}; 10,000 tries take a few seconds).
 *
 * <p><b>Coverage</b>: every operation of the facade (OP-01..OP-54 and knob changes) is an entry of
 * {@link ModelOps#ALL}; {@link #everyOperationSucceedsSometimes} requires each to succeed at least
 * once and to fail with every errno its checks have in kernel-model.md §3.0 (the coverage
 * tables, without the checks no scenario can reach). Most tries follow one of the
 * {@link Generator#RECIPES}, so that the set-up and key chains occur; the boot configurations
 * vary the boot-time knobs and the feature knobs exec.check_path and keys.userns_queue.
 *
 * <p><b>Adding an operation</b>: one entry in the list of its area ({@link ModelOps} for
 * processes, namespaces, containers, audit; {@link SetupModelOps}; {@link KeyModelOps}):
 * {@code op("fsopen", weight, describe, action)}, where {@code describe} prints the picks
 * ({@code (a, b, c) -> t(a) + ", " + text(FSTYPES, b)}) and {@code action} resolves them and
 * calls the facade ({@code (w, a, b, c) -> w.adopt(w.k.setup().fsopen(w.task(a), ...))}); its argument
 * tables (valid values and the invalid ones that reach each errno) go beside the others, and a
 * new kind of handle in {@link World} with a pick method (as {@code fd(task, kind, pick)} for
 * fs-context, mount and key-queue descriptors, {@code serial(pick)} for key serials). An
 * operation that needs others first goes in a recipe. New state needs its invariants in the
 * kernel's {@code InvariantChecker}; this test then covers them for free.
 */
class KernelModelPropertyTest {
    static final int DEFAULT_TRIES = 10_000;
    static final int DEFAULT_MAX_STEPS = 40;
    private static final long DEFAULT_SEED = 0x6373_6372_6970_7406L;
    private static final long GAMMA = 0x9E37_79B9_7F4A_7C15L;
    private static final int SHRINK_BUDGET = 3000;
    /** Boot configurations a try starts from (boot-time knobs cannot change later; the others can, by "config"). */
    private static final String[][] BOOTS = {{}, {"pid.first", "2"}, {"audit.first_serial", "0"},
        {"ns.first_inum", "1"}, {"clock.tick_ms", "0"}, {"audit.enabled", "false"}, {"keys.userns_queue", "true"},
        {"exec.check_path", "true"}, {"keys.first_serial", "1"}, {"keys.userns_queue", "true", "keys.first_serial", "7"},
        {"exec.check_path", "true", "keys.userns_queue", "true", "pid.first", "2"},
        {"container.fork_into_after_start", "false"}, {"pid.reuse", "lowest_free"},
        {"pid.reuse", "lowest_free", "pid.first", "2", "keys.userns_queue", "true"},
        {"contid.set_on_clone", "on"}, {"contid.set_on_clone", "on", "contid.ladder", "v11"},
        {"container.supervisor", "on"}, {"container.policy", "on"},
        {"container.policy", "on", "container.fork_into_after_start", "false"},
        {"userns.maps", "on", "pid.reuse", "lowest_free"}, {"container.checkpoint", "on"}};

    /** Per operation name: [successes, errnos] over the main tries. */
    private final Map<String, int[]> outcomes = new TreeMap<>();
    /** Per operation name: the errnos it gave over the main tries. */
    private final Map<String, Set<String>> errnos = new TreeMap<>();

    /** How a try failed; shrinking keeps the signature. */
    private record Failure(String signature, String detail) {
    }

    static KernelConfig boot(int which) {
        KernelConfig c = KernelConfig.defaults();
        String[] kv = BOOTS[which % BOOTS.length];
        for (int i = 0; i < kv.length; i += 2) {
            c.set(kv[i], kv[i + 1]);
        }
        return c;
    }

    /** A boot configuration as "key=value, key=value" ("defaults" for none). */
    private static String bootText(int which) {
        String[] kv = BOOTS[which % BOOTS.length];
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            pairs.add(kv[i] + "=" + kv[i + 1]);
        }
        return pairs.isEmpty() ? "defaults" : String.join(", ", pairs);
    }

    private static long seedProperty() {
        String s = System.getProperty("cscript.kernel.seed", "");
        if (s.isEmpty()) {
            return DEFAULT_SEED;
        }
        if (s.equals("random")) {
            long seed = System.nanoTime();
            System.out.println("KernelModelPropertyTest: seed 0x" + Long.toHexString(seed));
            return seed;
        }
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    /**
     * Runs {@code steps} on a checking kernel, then replays them on a plain one; null if all is
     * well. With a transcript, each step is written with what its picks resolved to and its outcome.
     */
    private Failure run(int boot, List<Step> steps, StringBuilder transcript, boolean count) {
        World checked = new World(boot(boot), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String outcome = "ok";
            try {
                step.apply(checked);
            } catch (KernelException e) {
                outcome = e.errno().name();
            } catch (RuntimeException | Error e) {
                if (transcript != null) {
                    transcript.append(String.format("  %2d: %-50s # %s%n      <- %s%n", i, step, checked.takeNotes(), e));
                }
                String signature = e instanceof InvariantViolation v ? "invariant " + v.invariant() : e.getClass().getName();
                return new Failure(signature, "step " + i + " " + step + ": " + e);
            }
            if (count) {
                outcomes.computeIfAbsent(step.op().name(), n -> new int[2])[outcome.equals("ok") ? 0 : 1]++;
                if (!outcome.equals("ok")) {
                    errnos.computeIfAbsent(step.op().name(), n -> new TreeSet<>()).add(outcome);
                }
            }
            String notes = checked.takeNotes();
            if (transcript != null) {
                transcript.append(String.format("  %2d: %-50s # %s -> %s%n", i, step, notes, outcome));
            }
        }
        return replay(boot, steps, checked);
    }

    /** The same steps on a fresh kernel without per-operation checks: the same bytes, and one final check passes. */
    private static Failure replay(int boot, List<Step> steps, World checked) {
        World plain = new World(boot(boot), Kernel.InvariantChecks.OFF);
        for (Step step : steps) {
            try {
                step.apply(plain);
            } catch (KernelException expected) {
                // errnos are outcomes
            } catch (RuntimeException | Error e) {
                return new Failure("replay " + e.getClass().getName(), "replay of " + step + ": " + e);
            }
            plain.takeNotes();
        }
        List<String> a = checked.k.hostTrace();
        List<String> b = plain.k.hostTrace();
        if (!a.equals(b)) {
            int i = 0;
            while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                i++;
            }
            return new Failure("trace differs", "host traces differ at line " + (i + 1) + ": "
                    + (i < a.size() ? a.get(i) : "(end)") + " vs " + (i < b.size() ? b.get(i) : "(end)"));
        }
        for (String sink : ModelOps.SINKS) {
            if (!sinkLines(checked, sink).equals(sinkLines(plain, sink))) {
                return new Failure("trace differs", "sink " + sink + " differs");
            }
        }
        var violations = plain.k.checkInvariants();
        return violations.isEmpty() ? null : new Failure("final check", "a single check at the end found " + violations);
    }

    private static List<String> sinkLines(World w, String sink) {
        try {
            return w.k.sinkTrace(sink);
        } catch (KernelException none) {
            return List.of("(no sink)");
        }
    }

    @Test
    void invariantsHoldAndTracesReplayOnRandomSequences() {
        int tries = Integer.getInteger("cscript.kernel.tries", DEFAULT_TRIES);
        int maxSteps = Integer.getInteger("cscript.kernel.steps", DEFAULT_MAX_STEPS);
        long seed = seedProperty();
        long steps = 0;
        for (int i = 0; i < tries; i++) {
            long trySeed = seed + i * GAMMA;
            SplittableRandom r = new SplittableRandom(trySeed);
            int boot = r.nextInt(BOOTS.length);
            List<Step> sequence = Generator.generate(r, maxSteps);
            steps += sequence.size();
            Failure failure = run(boot, sequence, null, true);
            if (failure != null) {
                report(i, trySeed, boot, sequence, failure);
            }
        }
        assertTrue(steps >= tries, "every try ran at least one step");
        if (Boolean.getBoolean("cscript.kernel.outcomes")) {
            for (var e : outcomes.entrySet()) {
                System.out.printf("%-30s %7d ok %7d errno %s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        errnos.getOrDefault(e.getKey(), Set.of()));
            }
        }
        if (tries >= 1000) {
            everyOperationSucceedsSometimes();
        }
    }

    /** Coverage: the generator reaches every operation's success path and its errnos. */
    private void everyOperationSucceedsSometimes() {
        for (ModelOps.Op op : ModelOps.ALL) {
            int[] n = outcomes.getOrDefault(op.name(), new int[2]);
            assertTrue(n[0] > 0, op.name() + " never succeeded: " + n[0] + " ok, " + n[1] + " errno");
        }
        int failed = outcomes.values().stream().mapToInt(n -> n[1]).sum();
        int oks = outcomes.values().stream().mapToInt(n -> n[0]).sum();
        assertTrue(failed > oks / 10 && oks > failed / 10, "a useful mix: " + oks + " ok, " + failed + " errno");
        List<String> missing = new ArrayList<>();
        for (ModelOps.Op op : ModelOps.ALL) {
            Set<String> expected = specErrnos(op.name());
            expected.removeAll(errnos.getOrDefault(op.name(), Set.of()));
            if (!expected.isEmpty()) {
                missing.add(op.name() + " " + expected);
            }
        }
        assertEquals(List.of(), missing, "errnos of kernel-model.md §3.0 the generator never reached");
    }

    /**
     * The errnos of an operation's checks in §3.0 (the coverage tables name each check by the
     * operation's model call, as the entries are named), without those no scenario can reach.
     */
    private static Set<String> specErrnos(String operation) {
        ErrnoChecks catalogue = ErrnoChecks.catalogue();
        Set<String> unreachable = new TreeSet<>();
        catalogue.unreachable().forEach(u -> unreachable.add(u.id()));
        Set<String> out = new TreeSet<>();
        for (ErrnoCheck c : catalogue.checks()) {
            if (c.operation().equals(operation) && !unreachable.contains(c.id())) {
                out.add(c.errno().name());
            }
        }
        return out;
    }

    private void report(int index, long trySeed, int boot, List<Step> sequence, Failure failure) {
        List<Step> small = Shrinker.shrink(sequence, candidate -> {
            Failure f = run(boot, candidate, null, false);
            return f != null && f.signature().equals(failure.signature());
        }, SHRINK_BUDGET);
        StringBuilder script = new StringBuilder();
        Failure last = run(boot, small, script, false);
        fail("try " + index + " failed (" + failure.signature() + "); rerun it alone with -Dcscript.kernel.seed=0x"
                + Long.toHexString(trySeed) + " -Dcscript.kernel.tries=1\n" + failure.detail() + "\nshrunk from "
                + sequence.size() + " to " + small.size() + " steps, boot " + bootText(boot) + ":\n"
                + script + (last == null ? "" : "  => " + last.detail()) + "\nsteps: " + small);
    }

    /**
     * Shrinking works on real runs: from a long sequence that starts a container, it keeps just
     * the two steps that do (the predicate stands in for a failure).
     */
    @Test
    void shrinkingFindsAMinimalSequence() {
        SplittableRandom r = new SplittableRandom(DEFAULT_SEED);
        List<Step> long_ = null;
        while (long_ == null) {
            List<Step> candidate = Generator.generate(r, 60);
            if (candidate.size() > 30 && starts(candidate)) {
                long_ = candidate;
            }
        }
        List<Step> small = Shrinker.shrink(long_, KernelModelPropertyTest::starts, SHRINK_BUDGET);
        assertEquals(2, small.size(), "create and fork into it: " + small);
        assertEquals("container_create", small.get(0).op().name(), small.toString());
        assertEquals("fork_into_container", small.get(1).op().name(), small.toString());
        assertTrue(starts(small));
    }

    /**
     * The same for the 2019 mount API: from a long sequence in which a move_mount succeeds, it
     * keeps the four steps that make and move a mount, printed as the script that ran.
     */
    @Test
    void shrinkingFindsTheMountChain() {
        SplittableRandom r = new SplittableRandom(DEFAULT_SEED);
        List<Step> long_ = null;
        while (long_ == null) {
            List<Step> candidate = Generator.generate(r, 60);
            if (candidate.size() > 30 && movesAMount(candidate)) {
                long_ = candidate;
            }
        }
        List<Step> small = Shrinker.shrink(long_, KernelModelPropertyTest::movesAMount, SHRINK_BUDGET);
        assertEquals(List.of("fsopen", "fsconfig", "fsmount", "move_mount"),
                small.stream().map(step -> step.op().name()).toList(), small.toString());
        assertTrue(small.getLast().toString().startsWith("move_mount(task[0], mount fd[0], "), small.toString());
    }

    /** Whether a move_mount among the steps succeeds. */
    private static boolean movesAMount(List<Step> steps) {
        World w = new World(boot(0), Kernel.InvariantChecks.OFF);
        boolean moved = false;
        for (Step step : steps) {
            try {
                step.apply(w);
                moved |= step.op().name().equals("move_mount");
            } catch (KernelException expected) {
                // an outcome
            }
        }
        return moved;
    }

    /** Whether running the steps starts a container (CONTAINER_OBJ op=start). */
    private static boolean starts(List<Step> steps) {
        World w = new World(boot(0), Kernel.InvariantChecks.OFF);
        for (Step step : steps) {
            try {
                step.apply(w);
            } catch (KernelException expected) {
                // an outcome
            }
        }
        return w.k.hostTrace().stream().anyMatch(line -> line.contains(" op=start "));
    }

    /** The generator's own sanity: a fixed seed gives the same sequence, and each table entry is usable. */
    @Test
    void generationIsDeterministic() {
        assertEquals(Generator.generate(new SplittableRandom(7), 30).toString(),
                Generator.generate(new SplittableRandom(7), 30).toString());
        for (String rule : ModelOps.RULES) {
            World w = new World(boot(0), Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
            try {
                w.k.auditctl(rule);
            } catch (KernelException e) {
                assertTrue(rule.equals("nonsense") || rule.startsWith("-d"), rule + ": " + e.getMessage());
            }
        }
    }
}
