package org.cscript.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import org.cscript.instrument.StatementCoverageInstrument;
import org.cscript.suitecoverage.SuiteCoverage;

/**
 * The Truffle tools a run is started with ({@code cscript run --inspect}, {@code --dap},
 * {@code --cpusampler}; docs/tools.md), as the engine options that turn them on. Valid by
 * construction: an address is checked when it is given, so a bad one is a usage error before
 * anything runs, not an engine failure.
 */
public final class ToolOptions {
    /** The Chrome DevTools protocol's usual address (Node's). */
    public static final String DEFAULT_INSPECT_ADDRESS = "127.0.0.1:9229";
    /** The Debug Adapter Protocol server's usual address (GraalVM's). */
    public static final String DEFAULT_DAP_ADDRESS = "127.0.0.1:4711";

    private static final Pattern ADDRESS = Pattern.compile("(?:([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):)?([0-9]{1,5})");
    private static final ToolOptions NONE = new ToolOptions(new LinkedHashMap<>(), null);

    private final SequencedMap<String, String> engineOptions;
    private final SuiteCoverage coverage;

    private ToolOptions(SequencedMap<String, String> engineOptions, SuiteCoverage coverage) {
        this.engineOptions = Collections.unmodifiableSequencedMap(engineOptions);
        this.coverage = coverage;
    }

    /** No tools (every run but a debugged or profiled one). */
    public static ToolOptions none() {
        return NONE;
    }

    /**
     * The same tools plus the Chrome DevTools inspector listening on {@code address}
     * ({@code [HOST:]PORT}), suspended at the scenario's first statement until a debugger resumes it.
     *
     * @throws InvalidOptionsException for an address that is not [HOST:]PORT with a port 1 to 65535
     */
    public ToolOptions inspecting(String address) {
        return with("inspect", checked("--inspect", address), "inspect.Suspend", "true");
    }

    /**
     * The same tools plus a Debug Adapter Protocol server on {@code address}: the run waits for a
     * client (VS Code) to attach and stops at the first statement.
     *
     * @throws InvalidOptionsException for an address that is not [HOST:]PORT with a port 1 to 65535
     */
    public ToolOptions debuggingOverDap(String address) {
        return with("dap", checked("--dap", address), "dap.Suspend", "true", "dap.WaitAttached", "true");
    }

    /**
     * The same tools plus the CPU sampler, printing its histogram of cscript functions to standard
     * error at the end; it samples every millisecond (not every 10): a scenario runs for a fraction of a second.
     */
    public ToolOptions sampling() {
        return with("cpusampler", "true", "cpusampler.Output", "histogram", "cpusampler.Period", "1");
    }

    /**
     * The same tools plus coverage ({@code cscript test --coverage}): the engine's statement
     * coverage instrument is on, each run notes the record kinds its builtins write, and what
     * each run proved and wrote, and at the engine's close its statement counts, go to {@code into}.
     */
    public ToolOptions collectingCoverage(SuiteCoverage into) {
        SequencedMap<String, String> more = new LinkedHashMap<>(engineOptions);
        more.put(StatementCoverageInstrument.ID, "true");
        return new ToolOptions(more, into);
    }

    /** Where coverage goes, or null when it is not collected. */
    public SuiteCoverage coverage() {
        return coverage;
    }

    /** Whether a debugger holds the run at its first statement (it then must not be timed out). */
    public boolean debugs() {
        return engineOptions.containsKey("inspect") || engineOptions.containsKey("dap");
    }

    public boolean isEmpty() {
        return engineOptions.isEmpty();
    }

    /** The engine options, in the order given. */
    public SequencedMap<String, String> engineOptions() {
        return engineOptions;
    }

    private ToolOptions with(String... keysAndValues) {
        SequencedMap<String, String> more = new LinkedHashMap<>(engineOptions);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            more.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ToolOptions(more, coverage);
    }

    private static String checked(String flag, String address) {
        var match = ADDRESS.matcher(address);
        int port = match.matches() ? Integer.parseInt(match.group(2)) : -1;
        if (port < 1 || port > 65535) {
            throw new InvalidOptionsException(flag + " expects [HOST:]PORT with a port from 1 to 65535, got '" + address + "'");
        }
        return address;
    }
}
