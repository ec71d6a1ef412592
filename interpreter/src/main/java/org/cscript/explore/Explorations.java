package org.cscript.explore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The explorations running in this JVM, by the id the host passes to each run's context (the
 * language option cscript.Explore): how a run's language side finds the search it reports to.
 */
public final class Explorations {
    private static final Map<String, Exploration> LIVE = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private Explorations() {
    }

    public static String register(Exploration exploration) {
        String id = "explore-" + NEXT.incrementAndGet();
        LIVE.put(id, exploration);
        return id;
    }

    public static void unregister(String id) {
        LIVE.remove(id);
    }

    /** The exploration of {@code id}; IllegalArgumentException when none runs under it. */
    public static Exploration get(String id) {
        Exploration e = LIVE.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no exploration " + id + " runs in this JVM");
        }
        return e;
    }
}
