package org.cscript.compare;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The traces of one scenario under the seed and the upstream profile, paired event by event
 * ({@link EventPairing}), with the counts of the summary. When one run failed, the other run's
 * events after the last one the failed run reached are left out and only counted: the failed
 * run never got there, so showing them as written by one design only would be wrong.
 */
public final class Comparison {
    /** Which run: the seed or the upstream profile. */
    public enum Side {
        SEED("seed"), UPSTREAM("upstream");

        private final String profile;

        Side(String profile) {
            this.profile = profile;
        }

        /** The profile's name, as {@code --profile} takes it. */
        public String profile() {
            return profile;
        }
    }

    private final List<EventPairing.Pair> pairs;
    private final Side failed;
    private final int notCompared;

    private Comparison(List<EventPairing.Pair> pairs, Side failed, int notCompared) {
        this.pairs = List.copyOf(pairs);
        this.failed = failed;
        this.notCompared = notCompared;
    }

    /**
     * Pairs the two traces.
     *
     * @param seedOrigin the statement ("SCRIPT:LINE", "" if unknown) of seed line {@code i}
     * @param failed the one run that failed (its trace stops early), or null when both ran
     *        to the end or both failed
     */
    public static Comparison of(List<String> seedTrace, IntFunction<String> seedOrigin, List<String> upstreamTrace,
            IntFunction<String> upstreamOrigin, Side failed) {
        List<EventPairing.Pair> pairs = EventPairing.pair(TraceEvent.of(seedTrace, seedOrigin),
                TraceEvent.of(upstreamTrace, upstreamOrigin));
        if (failed == null) {
            return new Comparison(pairs, null, 0);
        }
        int reached = 0;   // pairs up to and including the failed run's last event
        for (int i = 0; i < pairs.size(); i++) {
            if ((failed == Side.SEED ? pairs.get(i).seed() : pairs.get(i).upstream()) != null) {
                reached = i + 1;
            }
        }
        return new Comparison(pairs.subList(0, reached), failed, pairs.size() - reached);
    }

    List<EventPairing.Pair> pairs() {
        return pairs;
    }

    /** The number of pairs of this kind. */
    int count(EventPairing.Kind kind) {
        return (int) pairs.stream().filter(p -> p.kind() == kind).count();
    }

    /** Whether the designs recorded every compared event alike. */
    public boolean identical() {
        return pairs.stream().allMatch(p -> p.kind() == EventPairing.Kind.IDENTICAL);
    }

    /** The default view: a unified listing of the differing events. */
    public String unified() {
        return UnifiedView.render(this);
    }

    /** The narrowest {@link #sideBySide} width: two columns that hold a record header's stamp. */
    public static final int MIN_SIDE_BY_SIDE_WIDTH = SideBySideView.MIN_WIDTH;

    /** The two-column view, {@code width} characters wide in all (at least {@link #MIN_SIDE_BY_SIDE_WIDTH}). */
    public String sideBySide(int width) {
        return SideBySideView.render(this, width);
    }

    /**
     * The last lines of either view: the events the other run wrote after the failed run
     * stopped, if any, then {@code N events identical, M differ, K only in seed, L only in upstream}.
     */
    String summary() {
        StringBuilder out = new StringBuilder();
        if (failed != null) {
            Side other = failed == Side.SEED ? Side.UPSTREAM : Side.SEED;
            out.append("the ").append(failed.profile()).append(" run failed: compared up to its last event");
            if (notCompared > 0) {
                out.append("; ").append(events(notCompared)).append(" the ").append(other.profile())
                        .append(" run wrote after that not compared");
            }
            out.append('\n');
        }
        out.append(events(count(EventPairing.Kind.IDENTICAL))).append(" identical, ")
                .append(count(EventPairing.Kind.DIFFERENT)).append(" differ, ")
                .append(count(EventPairing.Kind.ONLY_SEED)).append(" only in seed, ")
                .append(count(EventPairing.Kind.ONLY_UPSTREAM)).append(" only in upstream\n");
        return out.toString();
    }

    private static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    /** The heading of one differing event: what it is, its serials, the statement that wrote it. */
    static String heading(EventPairing.Pair pair) {
        return switch (pair.kind()) {
            case IDENTICAL, DIFFERENT -> (pair.kind() == EventPairing.Kind.IDENTICAL ? "identical" : "differs")
                    + ": seed serial " + pair.seed().serial() + ", upstream serial " + pair.upstream().serial()
                    + at(pair.seed().origin(), pair.upstream().origin());
            case ONLY_SEED -> "only in seed: serial " + pair.seed().serial() + at(pair.seed().origin(), "");
            case ONLY_UPSTREAM -> "only in upstream: serial " + pair.upstream().serial() + at("", pair.upstream().origin());
        };
    }

    private static String at(String seed, String upstream) {
        if (seed.isEmpty() && upstream.isEmpty()) {
            return "";
        }
        if (seed.isEmpty() || upstream.isEmpty() || seed.equals(upstream)) {
            return ", written by " + (seed.isEmpty() ? upstream : seed);
        }
        return ", written by " + seed + " (seed), " + upstream + " (upstream)";
    }
}
