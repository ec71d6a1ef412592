package org.cscript.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of the seed run and of the upstream run paired up, in trace order. Two passes of
 * Myers' diff: first over the events' {@link TraceEvent#key keys}, so events both designs
 * record alike pair as {@link Kind#IDENTICAL} whatever their serials and clocks; then, inside
 * each stretch the first pass could not pair, over the events' {@link TraceEvent#identity
 * identities} (statement and syscall), so the same event recorded differently pairs as
 * {@link Kind#DIFFERENT} and an event only one design writes stays alone. A single pass over
 * identities would pair a loop's many events by position; a single pass over keys would show
 * every differing event as one removed and one added.
 */
final class EventPairing {
    /** How the two runs relate at one event. */
    enum Kind {
        IDENTICAL, DIFFERENT, ONLY_SEED, ONLY_UPSTREAM
    }

    /** One step of the pairing: the seed event, the upstream event, or both (null for none). */
    record Pair(Kind kind, TraceEvent seed, TraceEvent upstream) {
    }

    private EventPairing() {
    }

    static List<Pair> pair(List<TraceEvent> seed, List<TraceEvent> upstream) {
        List<Pair> pairs = new ArrayList<>();
        List<TraceEvent> seedStretch = new ArrayList<>();
        List<TraceEvent> upstreamStretch = new ArrayList<>();
        for (Steps.Step step : Steps.align(seed, upstream, (a, b) -> a.key().equals(b.key()))) {
            if (step.paired()) {
                pairUnmatched(seedStretch, upstreamStretch, pairs);
                pairs.add(new Pair(Kind.IDENTICAL, seed.get(step.left()), upstream.get(step.right())));
            } else if (step.left() >= 0) {
                seedStretch.add(seed.get(step.left()));
            } else {
                upstreamStretch.add(upstream.get(step.right()));
            }
        }
        pairUnmatched(seedStretch, upstreamStretch, pairs);
        return pairs;
    }

    /** The second pass over one stretch the first could not pair; empties both lists. */
    private static void pairUnmatched(List<TraceEvent> seed, List<TraceEvent> upstream, List<Pair> into) {
        for (Steps.Step step : Steps.align(seed, upstream, (a, b) -> a.identity().equals(b.identity()))) {
            if (step.paired()) {
                TraceEvent s = seed.get(step.left());
                TraceEvent u = upstream.get(step.right());
                into.add(new Pair(s.key().equals(u.key()) ? Kind.IDENTICAL : Kind.DIFFERENT, s, u));
            } else if (step.left() >= 0) {
                into.add(new Pair(Kind.ONLY_SEED, seed.get(step.left()), null));
            } else {
                into.add(new Pair(Kind.ONLY_UPSTREAM, null, upstream.get(step.right())));
            }
        }
        seed.clear();
        upstream.clear();
    }
}
