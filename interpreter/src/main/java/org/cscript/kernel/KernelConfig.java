package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cscript.abi.Capability;
import org.cscript.text.Suggestions;

/**
 * The configuration knobs of kernel-model.md §0.4 with their defaults, as validated text. A
 * {@link Kernel} resolves them into typed {@link Knobs} when it boots and again whenever its
 * configuration changes ({@link Kernel#configure}); boot-time knobs (clock.start_ms,
 * audit.first_serial, pid.first, pid.reuse, ns.first_inum, keys.first_serial, audit.layouts, userns.maps) apply at boot only.
 */
public final class KernelConfig {
    /** How a knob validates its text. */
    private record Knob(String defaultValue, List<String> choices, Pattern pattern, long min, long max, String hint) {
        static Knob choice(String def, String... choices) {
            return new Knob(def, List.of(choices), null, 0, 0, null);
        }

        /** An integer in [min, max]: the range its use in the model can hold without wrapping. */
        static Knob number(String def, long min, long max) {
            return new Knob(def, null, null, min, max, null);
        }

        static Knob text(String def, String regex, String hint) {
            return new Knob(def, null, Pattern.compile(regex), 0, 0, hint);
        }
    }

    /** The largest u32 (uid_t, audit serials, proc inode numbers). */
    public static final long U32_MAX = 0xFFFF_FFFFL;
    /** The largest positive int (pid_t, key_serial_t, Java array and string sizes). */
    public static final long S32_MAX = Integer.MAX_VALUE;
    /** PID_MAX_LIMIT of a 64-bit Linux: the largest pid_max. */
    public static final long PID_MAX_LIMIT = 4_194_304L;
    /** The last millisecond of year 9999 (UTC): the clock stays a 13-digit, always-increasing number. */
    public static final long CLOCK_MAX_MS = 253_402_300_799_999L;

    private static final Map<String, Knob> KNOBS = new TreeMap<>();

    static {
        List<String> caps = new ArrayList<>();
        for (Capability c : Capability.values()) {
            caps.add(c.name());
        }
        KNOBS.put("contid.setter_cap", new Knob("CAP_CONTAINER_ADMIN", List.copyOf(caps), null, 0, 0, null));
        KNOBS.put("contid.cap_scope", Knob.choice("init", "init", "own"));
        KNOBS.put("contid.read_cap", Knob.choice("setter", "setter", "none"));
        KNOBS.put("contid.allow_move", Knob.choice("false", "false", "true"));
        KNOBS.put("contid.require_descendant", Knob.choice("true", "true", "false"));
        KNOBS.put("contid.deny_children", Knob.choice("true", "true", "false"));
        KNOBS.put("contid.thread_policy", Knob.choice("deny", "deny", "group"));
        KNOBS.put("contid.ladder", Knob.choice("seed", "seed", "v11"));
        KNOBS.put("contid.set_on_clone", Knob.choice("off", "off", "on"));
        KNOBS.put("userns.maps", Knob.choice("off", "off", "on"));
        KNOBS.put("setns.contid_policy", Knob.choice("keep", "keep", "lookup"));
        KNOBS.put("setns.allow_container_fd", Knob.choice("true", "true", "false"));
        KNOBS.put("container.kill_on_close_scope", Knob.choice("all", "all", "init"));
        KNOBS.put("container.fork_into_after_start", Knob.choice("true", "true", "false"));
        KNOBS.put("container.lsm_alloc", Knob.choice("allow", "allow", "deny"));
        KNOBS.put("container.supervisor", Knob.choice("off", "off", "on"));
        KNOBS.put("container.policy", Knob.choice("off", "off", "on"));   // docs/proposals/container-policy.md
        KNOBS.put("container.checkpoint", Knob.choice("off", "off", "on"));   // docs/proposals/checkpoint-restore.md
        KNOBS.put("keys.userns_queue", Knob.choice("false", "false", "true"));
        KNOBS.put("audit.enabled", Knob.choice("true", "true", "false"));
        KNOBS.put("audit.record_names", Knob.choice("seed", "seed", "upstream"));
        KNOBS.put("audit.type_text", Knob.choice("auditd", "auditd", "names"));
        KNOBS.put("audit.contid_format", Knob.choice("leaf", "leaf", "chain", "v11"));
        KNOBS.put("audit.layouts", Knob.choice("seed", "seed", "v11"));
        KNOBS.put("audit.nsdev", Knob.text("00:04", "[0-9a-fA-F]+:[0-9a-fA-F]+", "MM:mm in hex, e.g. 00:04"));
        KNOBS.put("audit.first_serial", Knob.number("1", 0, U32_MAX));
        // the audit backlog (docs/proposals/audit-backlog.md): off unless asked for
        KNOBS.put("audit.backlog_limit", Knob.number("0", 0, S32_MAX));
        KNOBS.put("audit.failure", Knob.choice("printk", "silent", "printk", "panic"));
        KNOBS.put("audit.rate_limit", Knob.number("0", 0, S32_MAX));
        KNOBS.put("audit.reader", Knob.choice("eager", "eager", "manual"));
        KNOBS.put("clock.start_ms", Knob.number("1500000000000", 0, CLOCK_MAX_MS));
        KNOBS.put("clock.tick_ms", Knob.number("1", 0, 86_400_000L));
        KNOBS.put("pid.first", Knob.number("100", 2, PID_MAX_LIMIT));
        KNOBS.put("pid.reuse", Knob.choice("never", "never", "lowest_free"));
        KNOBS.put("ns.first_inum", Knob.number("4026532000", 1, U32_MAX));
        KNOBS.put("keys.first_serial", Knob.number("1000", 1, S32_MAX));
        // docs/limits.md: the simulator's own maxima, far above what a scenario needs
        KNOBS.put("limits.steps", Knob.number("10000000", 1, Long.MAX_VALUE));
        KNOBS.put("limits.tasks", Knob.number("100000", 2, S32_MAX));   // init and the orchestrator
        KNOBS.put("limits.containers", Knob.number("10000", 1, S32_MAX));
        KNOBS.put("limits.namespaces", Knob.number("10000", 1, S32_MAX));
        KNOBS.put("limits.fds", Knob.number("10000", 1, S32_MAX));
        KNOBS.put("limits.string_bytes", Knob.number("1048576", 1, S32_MAX));
        KNOBS.put("limits.list_items", Knob.number("100000", 1, S32_MAX));
        KNOBS.put("limits.trace_records", Knob.number("100000", 1, S32_MAX));
        KNOBS.put("exec.check_path", Knob.choice("false", "false", "true"));
    }

    /** Knobs read once, when the kernel boots (§1.1 initial values). */
    private static final Set<String> BOOT_TIME = Set.of("clock.start_ms", "audit.first_serial", "pid.first",
            "pid.reuse", "ns.first_inum", "keys.first_serial", "audit.layouts", "userns.maps");

    private final TreeMap<String, String> values = new TreeMap<>();

    private KernelConfig() {
        KNOBS.forEach((k, knob) -> values.put(k, knob.defaultValue()));
    }

    public static KernelConfig defaults() {
        return new KernelConfig();
    }

    /** All knob keys, sorted. */
    public static List<String> keys() {
        return List.copyOf(KNOBS.keySet());
    }

    public void set(String key, String value) {
        Knob knob = KNOBS.get(key);
        if (knob == null) {
            String suggestion = Suggestions.didYouMean(key, KNOBS.keySet());
            throw new ConfigException("unknown config key '" + key + "'"
                    + (suggestion.isEmpty() ? "; known keys: " + String.join(", ", KNOBS.keySet()) : suggestion));
        }
        if (knob.choices() != null) {
            if (!knob.choices().contains(value)) {
                throw new ConfigException("config " + key + " cannot be '" + value + "'; allowed: "
                        + String.join(" | ", knob.choices()));
            }
        } else if (knob.pattern() != null) {
            if (!knob.pattern().matcher(value).matches()) {
                throw new ConfigException("config " + key + " cannot be '" + value + "'; expected "
                        + knob.hint());
            }
        } else {
            long v;
            boolean parsed;
            try {
                v = Long.parseLong(value);
                parsed = true;
            } catch (NumberFormatException e) {
                v = 0;
                parsed = false;
            }
            if (!parsed || v < knob.min() || v > knob.max()) {
                throw new ConfigException("config " + key + " cannot be '" + value + "'; expected an integer "
                        + (knob.max() == Long.MAX_VALUE ? ">= " + knob.min() : "from " + knob.min() + " to " + knob.max()));
            }
        }
        values.put(key, value);
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException("unknown config key '" + key + "'");
        }
        return v;
    }

    /** The profiles {@link #applyProfile} knows, the default first. */
    public static final List<String> PROFILES = List.of("seed", "upstream");

    /** "seed" (= defaults) or "upstream" (the later upstream series' choices, §0.4). */
    public void applyProfile(String name) {
        switch (name) {
            case "seed" -> KNOBS.forEach((k, knob) -> values.put(k, knob.defaultValue()));
            case "upstream" -> {
                set("contid.setter_cap", "CAP_AUDIT_CONTROL");
                set("audit.record_names", "upstream");
                set("audit.type_text", "names");
                set("audit.contid_format", "v11");
                set("contid.ladder", "v11");
                set("audit.layouts", "v11");
            }
            default -> throw new ConfigException("unknown profile '" + name + "'; allowed: " + String.join(" | ", PROFILES));
        }
    }

    public KernelConfig copy() {
        KernelConfig c = new KernelConfig();
        c.values.putAll(values);
        return c;
    }

    /** A boot-time knob: a running kernel cannot change it. */
    static boolean bootTime(String key) {
        return BOOT_TIME.contains(key);
    }

    /** The allowed texts of a choice knob (empty for numbers and free text), for tests. */
    static List<String> choices(String key) {
        Knob knob = KNOBS.get(key);
        return knob == null || knob.choices() == null ? List.of() : knob.choices();
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(get(key));
    }

    long number(String key) {
        return Long.parseLong(get(key));
    }
}
