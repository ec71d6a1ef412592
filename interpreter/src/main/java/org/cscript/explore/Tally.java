package org.cscript.explore;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of an exploration gathered run by run: the distinct outcomes with how many
 * schedules reach each, each assertion's and outcome statement's results, weighted by the
 * schedules each run stands for ({@link LinearExtensions}). Its fields are the report's to read.
 */
public final class Tally {
    /** A distinct outcome: its first run and the schedules that reach it (read-only to the report). */
    public static final class Outcome {
        public final String digest;
        public final RunLog first;
        public BigInteger schedules = BigInteger.ZERO;
        public long runs;

        Outcome(String digest, RunLog first) {
            this.digest = digest;
            this.first = first;
        }
    }

    /** An assertion's or outcome statement's results over the runs that reached it. */
    public static final class Verdicts {
        public final String text;
        public final String quantifier;
        public BigInteger trueIn = BigInteger.ZERO;
        public BigInteger falseIn = BigInteger.ZERO;
        /** The first run in which it was false (for an assertion, failed). */
        public RunLog firstFalse;
        public RunLog firstTrue;

        Verdicts(String text, String quantifier) {
            this.text = text;
            this.quantifier = quantifier;
        }
    }

    public final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    public final Map<String, Verdicts> assertions = new LinkedHashMap<>();
    public final Map<String, Verdicts> expectations = new LinkedHashMap<>();
    public BigInteger schedules = BigInteger.ZERO;
    /** Whether some run was too large for its schedules to be counted (then counts are runs). */
    public boolean uncounted;
    public long completeRuns;
    public RunLog firstPassing;

    /** {@code reduced}: the run stands for its class of schedules; otherwise for itself alone. */
    void add(RunLog run, boolean reduced) {
        completeRuns++;
        BigInteger weight = reduced ? LinearExtensions.of(run.steps) : BigInteger.ONE;
        if (weight == null) {
            uncounted = true;
            weight = BigInteger.ONE;
        }
        schedules = schedules.add(weight);
        String digest = digest(run.outcomeKey());
        Outcome o = outcomes.computeIfAbsent(digest, d -> new Outcome(d, run));
        o.schedules = o.schedules.add(weight);
        o.runs++;
        if (run.error == null && firstPassing == null) {
            firstPassing = run;
        }
        for (var e : run.assertions.entrySet()) {
            record(assertions.computeIfAbsent(e.getKey(), k -> new Verdicts(e.getValue().text(), "assert")),
                    e.getValue().held(), weight, run);
        }
        for (var e : run.outcomes.entrySet()) {
            RunLog.Expectation x = e.getValue();
            record(expectations.computeIfAbsent(e.getKey(), k -> new Verdicts(x.text(), x.quantifier())), x.value(),
                    weight, run);
        }
    }

    private static void record(Verdicts v, boolean value, BigInteger weight, RunLog run) {
        if (value) {
            v.trueIn = v.trueIn.add(weight);
            if (v.firstTrue == null) {
                v.firstTrue = run;
            }
        } else {
            v.falseIn = v.falseIn.add(weight);
            if (v.firstFalse == null) {
                v.firstFalse = run;
            }
        }
    }

    /** Whether an outcome statement's expectation holds over every explored schedule. */
    public static boolean met(Verdicts v) {
        return switch (v.quantifier) {
            case "always" -> v.falseIn.signum() == 0 && v.trueIn.signum() > 0;
            case "never" -> v.trueIn.signum() == 0;
            case "sometimes" -> v.trueIn.signum() > 0;
            default -> throw new IllegalStateException("quantifier " + v.quantifier);
        };
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
