package org.cscript.host;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import org.cscript.host.sandbox.ImportRoot;
import org.cscript.kernel.ConfigException;
import org.cscript.runtime.KernelSession;

/**
 * How to run a scenario: the kernel profile, the {@code --set} knobs, whether the kernel checks
 * its invariants after every operation ({@code --check-invariants}) and where diagnostics go.
 * Valid by construction: the profile and settings are checked once, when the options are built,
 * so {@link ScenarioRunner}, {@link ReplSession} and the golden suite never check them again and
 * a bad option is reported once, not once per scenario.
 */
public final class RunOptions {
    private final SequencedMap<String, String> settings;
    private final String profile;
    private final PrintStream err;
    private final boolean checkInvariants;
    private final ImportRoot importRoot;
    private final ToolOptions tools;

    /**
     * Options the kernel accepts.
     *
     * @param settings --set key=value knobs in the order given, applied after the profile and before script config
     * @param profile kernel profile name; null = seed
     * @param err where print output and diagnostics go
     * @throws InvalidOptionsException with the kernel's message for a bad profile or setting
     */
    public static RunOptions of(Map<String, String> settings, String profile, PrintStream err) {
        SequencedMap<String, String> copy = Collections.unmodifiableSequencedMap(
                new LinkedHashMap<>(settings == null ? Map.of() : settings));
        try {
            KernelSession.checkOptions(profile, copy);
        } catch (ConfigException e) {
            throw new InvalidOptionsException(e);
        }
        return new RunOptions(copy, profile, err, false, null, ToolOptions.none());
    }

    /** The seed profile without settings (always valid). */
    public static RunOptions defaults(PrintStream err) {
        return of(Map.of(), null, err);
    }

    private RunOptions(SequencedMap<String, String> settings, String profile, PrintStream err, boolean checkInvariants,
            ImportRoot importRoot, ToolOptions tools) {
        this.settings = settings;
        this.profile = profile;
        this.err = Objects.requireNonNull(err, "err");
        this.checkInvariants = checkInvariants;
        this.importRoot = importRoot;
        this.tools = tools;
    }

    /**
     * The same options under another profile ({@code cscript compare} runs one scenario under
     * each), checked with the same --set knobs as {@link #of} checks them.
     *
     * @throws InvalidOptionsException with the kernel's message if a knob is refused under it
     */
    public RunOptions withProfile(String name) {
        try {
            KernelSession.checkOptions(name, settings);
        } catch (ConfigException e) {
            throw new InvalidOptionsException(e);
        }
        return new RunOptions(settings, name, err, checkInvariants, importRoot, tools);
    }

    /** The same (already valid) options with diagnostics going to {@code other}. */
    public RunOptions withErr(PrintStream other) {
        return new RunOptions(settings, profile, other, checkInvariants, importRoot, tools);
    }

    /**
     * The same options with the kernel's invariant checks (kernel-model.md 1.12) after every
     * operation on or off; a violation ends the run as an internal error (exit 70).
     */
    public RunOptions withInvariantChecks(boolean on) {
        return new RunOptions(settings, profile, err, on, importRoot, tools);
    }

    /**
     * The same options with imports confined to {@code folder} and below ({@code --import-root}),
     * instead of the scenario's own folder (the REPL's: its working folder). Each scenario must be
     * inside it.
     *
     * @throws InvalidOptionsException if {@code folder} is no folder
     */
    public RunOptions withImportRoot(Path folder) {
        try {
            return new RunOptions(settings, profile, err, checkInvariants, ImportRoot.named(folder), tools);
        } catch (IOException e) {
            throw new InvalidOptionsException("--import-root " + folder + ": " + e.getMessage());
        }
    }

    /**
     * The same options with Truffle tools on ({@code --inspect}, {@code --dap}, {@code --cpusampler};
     * docs/tools.md). They are engine options: a runner on a {@link SharedEngine} uses the engine's.
     */
    public RunOptions withTools(ToolOptions on) {
        return new RunOptions(settings, profile, err, checkInvariants, importRoot, on);
    }

    /** The Truffle tools the runs are started with (default: none). */
    public ToolOptions tools() {
        return tools;
    }

    /** The --import-root folder, or null: each scenario's own folder (the REPL's working folder). */
    public ImportRoot importRoot() {
        return importRoot;
    }

    /** Whether the kernel checks its invariants after every operation (default: no). */
    public boolean checkInvariants() {
        return checkInvariants;
    }

    /** The --set knobs in the order given (read-only). */
    public SequencedMap<String, String> settings() {
        return settings;
    }

    /** The profile name, or null for the default (seed). */
    public String profile() {
        return profile;
    }

    public PrintStream err() {
        return err;
    }
}
