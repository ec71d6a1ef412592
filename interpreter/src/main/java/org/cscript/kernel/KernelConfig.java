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
 * audit.first_serial, pid.first, ns.first_inum, keys.first_serial, audit.layouts) apply at boot only.
 */
public final class KernelConfig {
    /** How a knob validates its text. */
    private record Knob(String defaultValue, List<String> choices, Pattern pattern, long min, String hint) {
        static Knob choice(String def, String... choices) {
            return new Knob(def, List.of(choices), null, 0, null);
        }

        static Knob number(String def, long min) {
            return new Knob(def, null, null, min, null);
        }

        static Knob text(String def, String regex, String hint) {
            return new Knob(def, null, Pattern.compile(regex), 0, hint);
        }
    }

    private static final Map<String, Knob> KNOBS = new TreeMap<>();

    static {
        List<String> caps = new ArrayList<>();
        for (Capability c : Capability.values()) {
            caps.add(c.name());
        }
        KNOBS.put("contid.setter_cap", new Knob("CAP_CONTAINER_ADMIN", List.copyOf(caps), null, 0, null));
        KNOBS.put("contid.cap_scope", Knob.choice("init", "init", "own"));
        KNOBS.put("contid.read_cap", Knob.choice("setter", "setter", "none"));
        KNOBS.put("contid.allow_move", Knob.choice("false", "false", "true"));
        KNOBS.put("contid.require_descendant", Knob.choice("true", "true", "false"));
        KNOBS.put("contid.deny_children", Knob.choice("true", "true", "false"));
        KNOBS.put("contid.thread_policy", Knob.choice("deny", "deny", "group"));
        KNOBS.put("contid.ladder", Knob.choice("seed", "seed", "v11"));
        KNOBS.put("setns.contid_policy", Knob.choice("keep", "keep", "lookup"));
        KNOBS.put("setns.allow_container_fd", Knob.choice("true", "true", "false"));
        KNOBS.put("container.kill_on_close_scope", Knob.choice("all", "all", "init"));
        KNOBS.put("container.fork_into_after_start", Knob.choice("true", "true", "false"));
        KNOBS.put("container.lsm_alloc", Knob.choice("allow", "allow", "deny"));
        KNOBS.put("keys.userns_queue", Knob.choice("false", "false", "true"));
        KNOBS.put("audit.enabled", Knob.choice("true", "true", "false"));
        KNOBS.put("audit.record_names", Knob.choice("seed", "seed", "upstream"));
        KNOBS.put("audit.type_text", Knob.choice("auditd", "auditd", "names"));
        KNOBS.put("audit.contid_format", Knob.choice("leaf", "leaf", "chain", "v11"));
        KNOBS.put("audit.layouts", Knob.choice("seed", "seed", "v11"));
        KNOBS.put("audit.nsdev", Knob.text("00:04", "[0-9a-fA-F]+:[0-9a-fA-F]+", "MM:mm in hex, e.g. 00:04"));
        KNOBS.put("audit.first_serial", Knob.number("1", 0));
        KNOBS.put("clock.start_ms", Knob.number("1500000000000", 0));
        KNOBS.put("clock.tick_ms", Knob.number("1", 0));
        KNOBS.put("pid.first", Knob.number("100", 2));
        KNOBS.put("ns.first_inum", Knob.number("4026532000", 1));
        KNOBS.put("keys.first_serial", Knob.number("1000", 1));
        KNOBS.put("exec.check_path", Knob.choice("false", "false", "true"));
    }

    /** Knobs read once, when the kernel boots (§1.1 initial values). */
    private static final Set<String> BOOT_TIME = Set.of("clock.start_ms", "audit.first_serial", "pid.first",
            "ns.first_inum", "keys.first_serial", "audit.layouts");

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
            try {
                v = Long.parseLong(value);
            } catch (NumberFormatException e) {
                v = Long.MIN_VALUE;
            }
            if (v < knob.min()) {
                throw new ConfigException("config " + key + " cannot be '" + value
                        + "'; expected an integer >= " + knob.min());
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
            default -> throw new ConfigException("unknown profile '" + name + "'; allowed: seed | upstream");
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
