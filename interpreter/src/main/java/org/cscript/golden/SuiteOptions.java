package org.cscript.golden;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a golden suite runs (the options of {@code cscript test}).
 *
 * @param jobs        scenarios run at once, each in its own context on a shared engine
 * @param filter      only scenarios whose path contains a match; null for all
 * @param tags        only scenarios with one of these {@code # tags:}; empty for all
 * @param shard       this machine's share of the corpus; null for all of it
 * @param shuffleSeed run in an order shuffled with this seed; null for path order
 * @param timeout     per scenario; null for none
 * @param knownFailures scenarios expected to fail (XFAIL / XPASS)
 * @param update      whether goldens are written
 * @param ci          under CI an obsolete golden fails the run
 */
public record SuiteOptions(int jobs, Pattern filter, Set<String> tags, Shard shard, Long shuffleSeed,
        Duration timeout, KnownFailures knownFailures, GoldenEngine.Update update, boolean ci) {

    public SuiteOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        tags = Set.copyOf(tags);
    }

    /** One job, everything, no timeout, no updates: a plain sequential check. */
    public static SuiteOptions sequential() {
        return new SuiteOptions(1, null, Set.of(), null, null, null, KnownFailures.NONE, GoldenEngine.Update.NO, false);
    }

    /** Shard {@code index} of {@code count} (1-based): the scenarios at positions index-1, index-1+count, ... */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, got " + index + "/" + count);
            }
        }

        /** "2/4" as a Shard; null for text that is not I/N. */
        public static Shard parse(String text) {
            String[] parts = text.split("/", -1);
            try {
                return parts.length == 2 ? new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()))
                        : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
