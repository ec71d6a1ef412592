package org.cscript.junit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cscript.host.InvalidOptionsException;
import org.cscript.host.RunOptions;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration parameters. The JUnit Platform looks each one up in the launcher's
 * configuration parameters, then the system properties, then junit-platform.properties, so
 * {@code mvn test -Dcscript.update=true} and Surefire's {@code configurationParameters} both work.
 *
 * A bad value fails discovery (the launcher reports it, naming the parameter), before anything runs.
 *
 * @param root    the scenario root: whole-suite selections run every scenario below it
 * @param update  whether missing goldens are created and changed ones rewritten
 * @param options the kernel profile and whether the kernel checks its invariants after every operation
 * @param timeout per scenario; null for none
 * @param ci      under CI an obsolete golden is a failing test, not just a report entry
 */
record EngineSettings(Path root, boolean update, RunOptions options, Duration timeout, boolean ci) {

    static final String SCENARIOS = "cscript.scenarios";
    static final String UPDATE = "cscript.update";
    static final String PROFILE = "cscript.profile";
    static final String TIMEOUT = "cscript.timeout";
    static final String CHECK_INVARIANTS = "cscript.checkInvariants";
    static final String CI = "cscript.ci";
    static final String DEFAULT_ROOT = "src/test/cscript";
    static final long DEFAULT_TIMEOUT_SECONDS = 10;

    static EngineSettings from(ConfigurationParameters parameters) {
        // Relative to the working directory: Surefire starts tests in the module's base dir.
        Path root = Path.of(parameters.get(SCENARIOS).filter(s -> !s.isBlank()).orElse(DEFAULT_ROOT))
                .toAbsolutePath().normalize();
        long seconds = parameters.get(TIMEOUT).map(String::strip).map(EngineSettings::seconds)
                .orElse(DEFAULT_TIMEOUT_SECONDS);
        return new EngineSettings(root,
                parameters.getBoolean(UPDATE).orElse(false),
                options(parameters.get(PROFILE).filter(s -> !s.isBlank()).orElse(null))
                        .withInvariantChecks(parameters.getBoolean(CHECK_INVARIANTS).orElse(false)),
                seconds == 0 ? null : Duration.ofSeconds(seconds),
                // CI systems set CI=true; the parameter overrides it either way (and lets tests choose).
                parameters.getBoolean(CI).orElse("true".equalsIgnoreCase(System.getenv("CI"))));
    }

    private static RunOptions options(String profile) {
        try {
            return RunOptions.of(Map.of(), profile, System.err);
        } catch (InvalidOptionsException e) {
            throw new IllegalArgumentException(PROFILE + "=" + profile + ": " + e.getMessage(), e);
        }
    }

    private static long seconds(String text) {
        try {
            long s = Long.parseLong(text);
            if (s >= 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(TIMEOUT + " must be a whole number of seconds (0 for no limit), not '"
                + text + "'");
    }
}
